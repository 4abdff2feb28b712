package com.aibackend.ticket;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.aibackend.canned.CannedResponses;
import com.aibackend.conversation.Conversations;
import com.aibackend.conversation.Message;
import com.aibackend.outbound.CustomerMessages;
import com.aibackend.shared.Audited;
import com.aibackend.shared.ConflictException;
import com.aibackend.shared.ForbiddenException;
import com.aibackend.shared.InvalidRequestException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people write on a ticket: replies that go to the customer on their channel
 * (through the outbound delivery process, with its retries) and internal notes that stay
 * with the team. A repeated request with the same idempotency key is the same reply.
 */
@Service
public class TicketReplies {

	private static final int MAX_TEXT = 64_000;

	private final TicketService tickets;

	private final Tickets ticketQueries;

	private final TicketReplyRepository replies;

	private final CustomerMessages customerMessages;

	private final Conversations conversations;

	private final CannedResponses canned;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	TicketReplies(TicketService tickets, Tickets ticketQueries, TicketReplyRepository replies,
			CustomerMessages customerMessages, Conversations conversations, CannedResponses canned, Clock clock,
			ApplicationEventPublisher events) {
		this.tickets = tickets;
		this.ticketQueries = ticketQueries;
		this.replies = replies;
		this.customerMessages = customerMessages;
		this.conversations = conversations;
		this.canned = canned;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * What an agent asks for: a text, a canned response put before it, or both; internal
	 * notes are never sent.
	 */
	public record Draft(String text, String cannedResponse, boolean internal) {
	}

	/** A stored reply or note, and whether this request created it. */
	public record Written(TicketReply reply, boolean created) {
	}

	/**
	 * Writes on the ticket from the API: a note is stored, a reply is stored and enqueued
	 * on the customer's channel in the same transaction.
	 * @throws ConflictException when the ticket is closed or the channel would refuse the
	 * reply now (with the channel's reason)
	 */
	@Transactional
	public Written write(String reference, Draft draft, String idempotencyKey, Editor editor) {
		Ticket ticket = this.ticketQueries.get(reference);
		if (!editor.mayChange(ticket)) {
			throw new ForbiddenException((ticket.getConsultant() != null)
					? "Ticket %s is assigned to another consultant".formatted(reference)
					: "Ticket %s belongs to a pool you are not in".formatted(reference));
		}
		String key = (idempotencyKey != null && !idempotencyKey.isBlank()) ? idempotencyKey.strip() : null;
		if (key != null) {
			Optional<TicketReply> earlier = this.replies.findByTicketIdAndIdempotencyKey(ticket.getId(), key);
			if (earlier.isPresent()) {
				return new Written(earlier.get(), false);
			}
		}
		TicketReply reply = store(ticket, draft, key, editor.user());
		if (reply.getKind() == TicketReply.Kind.REPLY) {
			send(reply, ticket, editor.user());
		}
		this.replies.flush();
		// The consultant's open task shows it at once.
		this.events.publishEvent(new TicketViewStale(ticket.getReference()));
		return new Written(reply, true);
	}

	/** The earlier reply written with this key (a concurrent duplicate request). */
	@Transactional(readOnly = true)
	public Optional<TicketReply> byKey(String reference, String idempotencyKey) {
		return this.replies.findByTicketIdAndIdempotencyKey(this.ticketQueries.get(reference).getId(), idempotencyKey);
	}

	/**
	 * Stores what the consultant wrote in the "Work on" form; a reply is sent by the
	 * process's next step ({@link #sendDrafted}).
	 * @return the reply's id for the process, or {@code null} for a note or nothing
	 */
	@Transactional
	public String draftFromTask(String reference, String replyText, String cannedResponse, String note, String actor) {
		Ticket ticket = this.ticketQueries.get(reference);
		String author = (actor != null) ? actor : Audited.SYSTEM;
		if (note != null && !note.isBlank()) {
			store(ticket, new Draft(note, null, true), null, author);
		}
		if ((replyText == null || replyText.isBlank()) && (cannedResponse == null || cannedResponse.isBlank())) {
			return null;
		}
		String refusal = this.customerMessages.refusal(ticket.getConversationId());
		if (refusal != null) {
			throw new ConflictException(refusal);
		}
		return store(ticket, new Draft(replyText, cannedResponse, false), null, author).getId();
	}

	/** Task_SendReply: sends a reply the consultant wrote in the form. */
	@Transactional
	public void sendDrafted(String replyId) {
		TicketReply reply = this.replies.findById(replyId)
			.orElseThrow(() -> new IllegalStateException("No reply " + replyId));
		if (reply.getMessageId() == null) {
			send(reply, this.ticketQueries.get(TicketNumbers.referenceOf(reply.getTicketId())), reply.getAuthor());
		}
	}

	@Transactional(readOnly = true)
	List<TicketReply> of(Ticket ticket) {
		return this.replies.findByTicketIdOrderByCreatedAtAscIdAsc(ticket.getId());
	}

	private TicketReply store(Ticket ticket, Draft draft, String key, String author) {
		boolean internal = draft.internal();
		if (!internal && ticket.getStatus() == TicketStatus.CLOSED) {
			throw new ConflictException(
					"Ticket %s is closed; reopen it to write to the customer".formatted(ticket.getReference()));
		}
		String text = compose(ticket, draft, author);
		TicketReply reply = this.replies.save(new TicketReply(ticket.getId(),
				internal ? TicketReply.Kind.NOTE : TicketReply.Kind.REPLY, author, text, key, this.clock.instant()));
		if (internal) {
			audit(author, ticket, "note", null);
		}
		return reply;
	}

	private void send(TicketReply reply, Ticket ticket, String author) {
		Message message = this.customerMessages.enqueueReply(ticket.getConversationId(), reply.getText());
		reply.sentAs(message.getId());
		Instant now = this.clock.instant();
		ticket.replied(now);
		audit(author, ticket, "reply", null);
		// Answering the customer is working on the ticket.
		if (ticket.getStatus() != TicketStatus.IN_PROGRESS) {
			this.tickets.startWork(ticket.getReference(), author);
		}
	}

	private String compose(Ticket ticket, Draft draft, String author) {
		StringBuilder text = new StringBuilder();
		if (draft.cannedResponse() != null && !draft.cannedResponse().isBlank()) {
			Map<String, String> values = new LinkedHashMap<>();
			values.put("customer", (ticket.getRequesterName() != null) ? ticket.getRequesterName() : "");
			values.put("ticket", ticket.getReference());
			values.put("agent", author);
			String language = this.conversations.get(ticket.getConversationId()).getLanguage();
			text.append(this.canned.render(draft.cannedResponse().strip(), language, values)
				.replace(" ,", ",")
				.replace("  ", " "));
		}
		if (draft.text() != null && !draft.text().isBlank()) {
			if (!text.isEmpty()) {
				text.append("\n\n");
			}
			text.append(draft.text().strip());
		}
		if (text.isEmpty()) {
			throw new InvalidRequestException("text is required (or a cannedResponse to insert)");
		}
		if (text.length() > MAX_TEXT) {
			throw new InvalidRequestException("text is %d characters; at most %d".formatted(text.length(), MAX_TEXT));
		}
		return text.toString();
	}

	private void audit(String actor, Ticket ticket, String action, String detail) {
		this.events
			.publishEvent(new Audited(actor, "Ticket", ticket.getReference(), action, detail, this.clock.instant()));
	}

}
