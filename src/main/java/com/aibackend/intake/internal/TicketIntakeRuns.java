package com.aibackend.intake.internal;

import static com.aibackend.process.TicketIntakeProcess.KEY;
import static com.aibackend.process.TicketIntakeProcess.MSG_CUSTOMER_MESSAGE;
import static com.aibackend.process.TicketIntakeProcess.Var.CONVERSATION_ID;
import static com.aibackend.process.TicketIntakeProcess.Var.CUSTOMER;
import static com.aibackend.process.TicketIntakeProcess.Var.CUSTOMER_MESSAGE_ID;
import static com.aibackend.process.TicketIntakeProcess.Var.TICKET_ID;

import com.aibackend.conversation.Conversation;
import com.aibackend.conversation.Conversations;
import com.aibackend.conversation.Message;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;

import org.springframework.stereotype.Component;

/**
 * The one door from a customer's message into {@code ticket-intake}. The process decides
 * what the message does by what it waits for: an answer to its question
 * ({@code BoundaryEvent_CustomerReplied}), a comment on the open ticket
 * ({@code BoundaryEvent_CustomerWrote}); while the run is still reading the request, the
 * message is part of the round it reads; when no run is going, a new one starts, and
 * there the process tells a closed ticket to reopen from a new request.
 */
@Component
public class TicketIntakeRuns {

	private final RuntimeService runtimeService;

	private final Conversations conversations;

	TicketIntakeRuns(RuntimeService runtimeService, Conversations conversations) {
		this.runtimeService = runtimeService;
		this.conversations = conversations;
	}

	/**
	 * Hands a stored customer message to the conversation's process; in the caller's
	 * transaction.
	 * @param message the message added to a known conversation, {@code null} for the
	 * first message of a new one
	 */
	public void deliver(Conversation conversation, Message message) {
		if (message != null) {
			boolean taken = !this.runtimeService.createMessageCorrelation(MSG_CUSTOMER_MESSAGE)
				.processInstanceBusinessKey(conversation.getId())
				.setVariable(CUSTOMER_MESSAGE_ID, message.getId())
				.correlateAllWithResult()
				.isEmpty();
			if (taken || isRunning(conversation)) {
				return;
			}
			this.conversations.startRound(conversation, message.getCreatedAt());
		}
		ProcessInstantiationBuilder run = this.runtimeService.createProcessInstanceByKey(KEY)
			.businessKey(conversation.getId())
			.setVariable(CONVERSATION_ID, conversation.getId())
			.setVariable(CUSTOMER, conversation.getSenderAddress());
		if (conversation.getTicketId() != null) {
			run.setVariable(TICKET_ID, conversation.getTicketId());
		}
		ProcessInstance instance = run.execute();
		this.conversations.linkProcess(conversation, instance.getId());
	}

	private boolean isRunning(Conversation conversation) {
		return this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(KEY)
			.processInstanceBusinessKey(conversation.getId())
			.active()
			.count() > 0;
	}

}
