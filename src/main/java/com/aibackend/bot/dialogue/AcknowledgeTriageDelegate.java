package com.aibackend.bot.dialogue;

import static com.aibackend.process.TicketIntakeProcess.Var.READING_ID;
import static com.aibackend.process.TicketIntakeProcess.Var.CONVERSATION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Task_AcknowledgeTriage: the message goes to an agent; the customer is told, so they are
 * not left wondering while an agent reads it.
 */
@Component("acknowledgeTriageDelegate")
class AcknowledgeTriageDelegate implements JavaDelegate {

	private final CustomerDialogue dialogue;

	AcknowledgeTriageDelegate(CustomerDialogue dialogue) {
		this.dialogue = dialogue;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.dialogue.acknowledgeTriage((String) execution.getVariable(CONVERSATION_ID),
				(String) execution.getVariable(READING_ID));
	}

}
