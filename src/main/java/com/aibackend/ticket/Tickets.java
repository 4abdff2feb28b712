package com.aibackend.ticket;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.aibackend.conversation.Conversation;
import com.aibackend.conversation.Conversations;
import com.aibackend.shared.NotFoundException;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is read about tickets: one, a search, counts. Changes go through
 * {@link TicketService}.
 */
@Service
public class Tickets {

	private final TicketRepository tickets;

	private final Conversations conversations;

	Tickets(TicketRepository tickets, Conversations conversations) {
		this.tickets = tickets;
		this.conversations = conversations;
	}

	@Transactional(readOnly = true)
	public Ticket get(String reference) {
		return find(reference).orElseThrow(() -> new NotFoundException("No ticket " + reference));
	}

	/** Tickets per status, for operations. */
	@Transactional(readOnly = true)
	public Map<TicketStatus, Long> countByStatus() {
		Map<TicketStatus, Long> counts = new EnumMap<>(TicketStatus.class);
		this.tickets.countByStatus().forEach((row) -> counts.put((TicketStatus) row[0], ((Number) row[1]).longValue()));
		return counts;
	}

	@Transactional(readOnly = true)
	public Optional<Ticket> find(String reference) {
		Long number = TicketNumbers.numberOf(reference);
		return (number != null) ? this.tickets.findById(number) : Optional.empty();
	}

	@Transactional(readOnly = true)
	public List<Ticket> find(TicketStatus status, String consultant, String service, int limit) {
		return find(status, consultant, service, null, limit);
	}

	/**
	 * Tickets, newest first; {@code q} searches the customer (name, company, contact),
	 * the subject and description, and the text of every message of the conversation.
	 */
	@Transactional(readOnly = true)
	public List<Ticket> find(TicketStatus status, String consultant, String service, String q, int limit) {
		List<String> inMessages = (q != null && !q.isBlank()) ? this.conversations.withText(q.strip(), 1000)
				: List.of();
		return this.tickets
			.findAll(TicketSearch.of(status, consultant, service, q, inMessages),
					PageRequest.of(0, limit, Sort.by(Sort.Direction.DESC, "id")))
			.getContent();
	}

	/** Open tickets of the conversations of one sender, newest first. */
	@Transactional(readOnly = true)
	public List<Ticket> openTicketsOf(String senderAddress) {
		List<String> conversationIds = this.conversations.ofSender(senderAddress)
			.stream()
			.map(Conversation::getId)
			.toList();
		return conversationIds.isEmpty() ? List.of()
				: this.tickets.findByConversationIdInAndStatusNotOrderByIdDesc(conversationIds, TicketStatus.CLOSED);
	}

}
