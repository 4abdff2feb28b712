package com.aibackend.intake.internal;

import static com.aibackend.process.TicketIntakeProcess.Var.CONVERSATION_ID;
import static com.aibackend.process.TicketIntakeProcess.Var.CUSTOMER_MESSAGE_ID;

import com.aibackend.conversation.Conversations;
import com.aibackend.conversation.Message;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Task_AddCustomerComment: what the customer wrote goes to the open ticket's consultant.
 */
@Component("addCustomerCommentDelegate")
class AddCustomerCommentDelegate implements JavaDelegate {

	private final Conversations conversations;

	AddCustomerCommentDelegate(Conversations conversations) {
		this.conversations = conversations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String messageId = (String) execution.getVariable(CUSTOMER_MESSAGE_ID);
		this.conversations.message(messageId)
			.map(Message::getText)
			.ifPresent((text) -> this.conversations.commentOnTicket((String) execution.getVariable(CONVERSATION_ID),
					text));
	}

}
