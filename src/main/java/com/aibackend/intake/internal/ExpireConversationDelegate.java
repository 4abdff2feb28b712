package com.aibackend.intake.internal;

import static com.aibackend.process.TicketIntakeProcess.Var.CONVERSATION_ID;

import com.aibackend.conversation.Conversations;
import com.aibackend.outbound.CustomerMessages;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * The customer never completed the request: the conversation expires and they are told
 * so.
 */
@Component("expireConversationDelegate")
class ExpireConversationDelegate implements JavaDelegate {

	private final Conversations conversations;

	private final CustomerMessages messages;

	ExpireConversationDelegate(Conversations conversations, CustomerMessages messages) {
		this.conversations = conversations;
		this.messages = messages;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String conversationId = (String) execution.getVariable(CONVERSATION_ID);
		this.messages.enqueue(conversationId, "conversation.expired");
	}

}
