package com.aibackend.bot.triage;

import static com.aibackend.process.TicketIntakeProcess.Var.CONVERSATION_ID;

import com.aibackend.conversation.ConversationStatus;
import com.aibackend.conversation.Conversations;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Task_DismissMessage: an agent found it is no request; the conversation ends quietly.
 */
@Component
class DismissMessageDelegate implements JavaDelegate {

	private final Conversations conversations;

	DismissMessageDelegate(Conversations conversations) {
		this.conversations = conversations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.conversations.changeStatus((String) execution.getVariable(CONVERSATION_ID), ConversationStatus.DISMISSED);
	}

}
