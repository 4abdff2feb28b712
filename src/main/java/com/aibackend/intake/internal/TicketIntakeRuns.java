package com.aibackend.intake.internal;

import static com.aibackend.process.TicketIntakeProcess.KEY;
import static com.aibackend.process.TicketIntakeProcess.MSG_CUSTOMER_REPLY;
import static com.aibackend.process.TicketIntakeProcess.Var.CONVERSATION_ID;
import static com.aibackend.process.TicketIntakeProcess.Var.CUSTOMER;

import com.aibackend.conversation.Conversation;
import com.aibackend.conversation.Conversations;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import org.springframework.stereotype.Component;

/**
 * The one place that starts or resumes {@code ticket-intake} for a conversation. What a
 * customer's next message does depends on where their conversation stands: it answers a
 * clarification, starts a new round, or is a comment on the ticket.
 */
@Component
public class TicketIntakeRuns {

	private final RuntimeService runtimeService;

	private final Conversations conversations;

	TicketIntakeRuns(RuntimeService runtimeService, Conversations conversations) {
		this.runtimeService = runtimeService;
		this.conversations = conversations;
	}

	/** Starts the process for a conversation's new round; in the caller's transaction. */
	public void start(Conversation conversation) {
		ProcessInstance instance = this.runtimeService.createProcessInstanceByKey(KEY)
			.businessKey(conversation.getId())
			.setVariable(CONVERSATION_ID, conversation.getId())
			.setVariable(CUSTOMER, conversation.getSenderAddress())
			.execute();
		this.conversations.linkProcess(conversation, instance.getId());
	}

	/** Moves the conversation on after the customer wrote {@code text} to it. */
	public void continueWith(Conversation conversation, String text) {
		switch (conversation.getStatus()) {
			case WAITING_FOR_INFO -> {
				this.runtimeService.createMessageCorrelation(MSG_CUSTOMER_REPLY)
					.processInstanceId(conversation.getProcessInstanceId())
					.correlateAllWithResult();
			}
			case ANSWERED, EXPIRED, CLOSED, DISMISSED -> {
				this.conversations.reopen(conversation);
				start(conversation);
			}
			case PROCESSED -> this.conversations.commentOnTicket(conversation, text);
			// In flight: classification still reads it.
			default -> {
			}
		}
	}

}
