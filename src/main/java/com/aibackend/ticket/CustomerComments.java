package com.aibackend.ticket;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.aibackend.conversation.CustomerCommented;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What customers write while their ticket is open ("thanks, it works now" must neither be
 * lost nor close the ticket). Comments are rows of {@code ticket_comment}; the
 * consultant's "Work on" task shows them, rendered from there into a variable of that
 * task alone.
 */
@Component
public class CustomerComments {

	private final TicketRepository tickets;

	private final TicketCommentRepository comments;

	private final ApplicationEventPublisher events;

	CustomerComments(TicketRepository tickets, TicketCommentRepository comments, ApplicationEventPublisher events) {
		this.events = events;
		this.tickets = tickets;
		this.comments = comments;
	}

	/** Published in the transaction that stores the customer's message. */
	@EventListener
	@Transactional
	public void add(CustomerCommented comment) {
		Optional.ofNullable(TicketNumbers.numberOf(comment.ticketId()))
			.flatMap(this.tickets::findById)
			.filter((ticket) -> ticket.getStatus() != TicketStatus.CLOSED)
			.ifPresent((ticket) -> {
				TicketComment saved = this.comments
					.save(new TicketComment(ticket.getId(), comment.conversationId(), comment.text(), comment.at()));
				this.events.publishEvent(new TicketViewStale(ticket.getReference()));
				this.events.publishEvent(
						new TicketChanged(ticket.getReference(), TicketChanged.Change.COMMENTED, null, saved.getId()));
			});
	}

	/** A comment's text. */
	@Transactional(readOnly = true)
	public String text(String commentId) {
		return this.comments.findById(commentId)
			.map(TicketComment::getText)
			.orElseThrow(() -> new IllegalStateException("No comment " + commentId));
	}

	@Transactional(readOnly = true)
	List<TicketComment> of(Ticket ticket) {
		return this.comments.findByTicketIdOrderByCreatedAtAscIdAsc(ticket.getId());
	}

	/** The comments as the consultant's form shows them, oldest first. */
	@Transactional(readOnly = true)
	String rendered(Ticket ticket) {
		return of(ticket).stream()
			.map((comment) -> "[%s] %s".formatted(comment.getCreatedAt().truncatedTo(ChronoUnit.SECONDS),
					comment.getText()))
			.collect(Collectors.joining("\n\n"));
	}

}
