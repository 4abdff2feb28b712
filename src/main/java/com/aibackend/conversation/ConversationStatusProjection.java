package com.aibackend.conversation;

import static com.aibackend.process.TicketIntakeProcess.Var.CONVERSATION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.springframework.stereotype.Component;

/**
 * A conversation's status is where its run of {@code ticket-intake} stands: the process
 * sets it, by an execution listener on each step that changes it
 * ({@code ${conversationStatus.enter(execution, 'WAITING_FOR_INFO')}}), and nothing else
 * writes it.
 */
@Component("conversationStatus")
public class ConversationStatusProjection {

	private final Conversations conversations;

	ConversationStatusProjection(Conversations conversations) {
		this.conversations = conversations;
	}

	public void enter(DelegateExecution execution, String status) {
		this.conversations.changeStatus((String) execution.getVariable(CONVERSATION_ID),
				ConversationStatus.valueOf(status));
	}

}
