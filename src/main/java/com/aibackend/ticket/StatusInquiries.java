package com.aibackend.ticket;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.aibackend.conversation.Conversation;
import com.aibackend.conversation.Conversations;
import com.aibackend.conversation.Readings;
import com.aibackend.outbound.CustomerMessages;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers "what is the status of my ticket". A ticket's status is only told to the sender
 * it was opened for.
 */
@Service
class StatusInquiries {

	private final Tickets tickets;

	private final Conversations conversations;

	private final Readings readings;

	private final CustomerMessages messages;

	StatusInquiries(Tickets tickets, Conversations conversations, Readings readings, CustomerMessages messages) {
		this.tickets = tickets;
		this.conversations = conversations;
		this.readings = readings;
		this.messages = messages;
	}

	@Transactional
	void answer(String conversationId, String readingId) {
		Conversation inquiry = this.conversations.get(conversationId);
		String reference = this.readings.understanding(readingId).ticketReference();
		if (reference != null) {
			Optional<Ticket> ticket = this.tickets.find(reference).filter((t) -> sameSender(t, inquiry));
			if (ticket.isPresent()) {
				this.messages.enqueue(conversationId, "status.ticket", reference, ticket.get().getTitle(),
						label(inquiry, ticket.get().getStatus()));
			}
			else {
				this.messages.enqueue(conversationId, "status.unknown", reference);
			}
		}
		else {
			List<Ticket> open = this.tickets.openTicketsOf(inquiry.getSenderAddress());
			if (open.isEmpty()) {
				this.messages.enqueue(conversationId, "status.none");
			}
			else {
				this.messages.enqueue(conversationId, "status.list",
						open.stream()
							.map((t) -> "- %s \"%s\": %s".formatted(t.getReference(), t.getTitle(),
									label(inquiry, t.getStatus())))
							.collect(Collectors.joining("\n")));
			}
		}
	}

	private boolean sameSender(Ticket ticket, Conversation inquiry) {
		return this.conversations.get(ticket.getConversationId())
			.getSenderAddress()
			.equalsIgnoreCase(inquiry.getSenderAddress());
	}

	private String label(Conversation inquiry, TicketStatus status) {
		return this.messages.text(inquiry, "ticket.status." + status.name());
	}

}
