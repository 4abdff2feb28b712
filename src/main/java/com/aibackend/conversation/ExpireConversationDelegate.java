package com.aibackend.conversation;

import static com.aibackend.process.TicketIntakeProcess.Var.CONVERSATION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * The customer never completed the request: the conversation expires and they are told
 * so.
 */
@Component("expireConversationDelegate")
class ExpireConversationDelegate implements JavaDelegate {

	private final ConversationService conversations;

	private final CustomerMessages messages;

	ExpireConversationDelegate(ConversationService conversations, CustomerMessages messages) {
		this.conversations = conversations;
		this.messages = messages;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String conversationId = (String) execution.getVariable(CONVERSATION_ID);
		this.conversations.changeStatus(conversationId, ConversationStatus.EXPIRED);
		this.messages.enqueue(conversationId, "conversation.expired");
	}

}
