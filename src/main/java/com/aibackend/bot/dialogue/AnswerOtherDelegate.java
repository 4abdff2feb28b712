package com.aibackend.bot.dialogue;

import static com.aibackend.process.TicketIntakeProcess.Var.READING_ID;
import static com.aibackend.process.TicketIntakeProcess.Var.CONVERSATION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** Answers a message that is not a request politely; the conversation ends there. */
@Component("answerOtherDelegate")
public class AnswerOtherDelegate implements JavaDelegate {

	private final CustomerDialogue dialogue;

	AnswerOtherDelegate(CustomerDialogue dialogue) {
		this.dialogue = dialogue;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.dialogue.answerOther((String) execution.getVariable(CONVERSATION_ID),
				(String) execution.getVariable(READING_ID));
	}

}
