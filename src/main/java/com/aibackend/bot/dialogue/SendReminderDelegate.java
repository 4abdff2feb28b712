package com.aibackend.bot.dialogue;

import static com.aibackend.process.TicketIntakeProcess.Var.READING_ID;
import static com.aibackend.process.TicketIntakeProcess.Var.CONVERSATION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** Reminds a customer who has not answered the clarification yet. */
@Component("sendReminderDelegate")
public class SendReminderDelegate implements JavaDelegate {

	private final CustomerDialogue dialogue;

	SendReminderDelegate(CustomerDialogue dialogue) {
		this.dialogue = dialogue;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.dialogue.remind((String) execution.getVariable(CONVERSATION_ID),
				(String) execution.getVariable(READING_ID));
	}

}
