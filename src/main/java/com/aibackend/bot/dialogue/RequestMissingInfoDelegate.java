package com.aibackend.bot.dialogue;

import static com.aibackend.process.TicketIntakeProcess.Var.READING_ID;
import static com.aibackend.process.TicketIntakeProcess.Var.CONVERSATION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** Asks the customer for what is missing and waits. */
@Component("requestMissingInfoDelegate")
public class RequestMissingInfoDelegate implements JavaDelegate {

	private final CustomerDialogue dialogue;

	RequestMissingInfoDelegate(CustomerDialogue dialogue) {
		this.dialogue = dialogue;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.dialogue.requestMissingInfo((String) execution.getVariable(CONVERSATION_ID),
				(String) execution.getVariable(READING_ID));
	}

}
