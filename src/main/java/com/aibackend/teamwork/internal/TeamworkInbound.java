package com.aibackend.teamwork.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.aibackend.outbound.CustomerMessages;
import com.aibackend.teamwork.ConditionalOnTeamwork;
import com.aibackend.teamwork.TeamworkProperties;
import com.aibackend.ticket.Ticket;
import com.aibackend.ticket.TicketService;
import com.aibackend.ticket.TicketStatus;
import com.aibackend.ticket.Tickets;
import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What Teamwork Desk's agents did, applied to our ticket in one transaction with the
 * record that the delivery was seen: their status (solved or closed closes ours, its task
 * and tells the customer), their assignee, and their replies to the customer, sent on the
 * customer's channel. Our own changes come back as no change (the ticket already is so)
 * and our notes are not replies, so nothing is echoed.
 */
@Service
@ConditionalOnTeamwork
class TeamworkInbound {

	private static final Logger log = LoggerFactory.getLogger(TeamworkInbound.class);

	/** Teamwork's own names of finished tickets, when no status id is mapped. */
	private static final Set<String> FINISHED = Set.of("solved", "closed", "resolved");

	private final TicketService tickets;

	private final Tickets ticketQueries;

	private final CustomerMessages customers;

	private final TeamworkClient teamwork;

	private final TeamworkProperties properties;

	private final JdbcTemplate sql;

	private final Clock clock;

	private final TeamworkTickets links;

	TeamworkInbound(TeamworkTickets links, TicketService tickets, Tickets ticketQueries, CustomerMessages customers,
			TeamworkClient teamwork, TeamworkProperties properties, JdbcTemplate sql, Clock clock) {
		this.links = links;
		this.tickets = tickets;
		this.ticketQueries = ticketQueries;
		this.customers = customers;
		this.teamwork = teamwork;
		this.properties = properties;
		this.sql = sql;
		this.clock = clock;
	}

	@Transactional
	public void receive(String event, JsonNode body, String deliveryId) {
		try {
			this.sql.update("insert into teamwork_event (id, event, received_at) values (?, ?, ?)", deliveryId, event,
					Timestamp.from(this.clock.instant()));
		}
		catch (DuplicateKeyException ex) {
			log.debug("Teamwork event {} was applied before", deliveryId);
			return;
		}
		JsonNode ticketNode = body.path("ticket");
		long teamworkId = ticketNode.path("id").asLong(body.path("message").path("ticket").path("id").asLong());
		Optional<Ticket> found = this.links.referenceOf(teamworkId).map(this.ticketQueries::get);
		if (found.isEmpty()) {
			log.info("Teamwork event {} for ticket {} that is not one of ours: ignored", event, teamworkId);
			return;
		}
		Ticket ticket = found.get();
		String kind = event.toLowerCase(Locale.ROOT);
		if (kind.contains("status")) {
			status(ticket, ticketNode.path("status"));
		}
		else if (kind.contains("assign")) {
			assignee(ticket, ticketNode.has("agent") ? ticketNode.path("agent") : ticketNode.path("assignee"));
		}
		else if (kind.contains("reply") || kind.contains("message")) {
			reply(ticket, body.path("message"));
		}
	}

	private void status(Ticket ticket, JsonNode status) {
		TicketStatus ours = ours(status);
		if (ours == null || ticket.getStatus() == TicketStatus.CLOSED) {
			return;
		}
		String resolution = (ours == TicketStatus.CLOSED) ? "Solved in Teamwork Desk" : null;
		this.tickets.applyExternalStatus(ticket.getReference(), ours, resolution, TeamworkWebhook.ACTOR);
	}

	private TicketStatus ours(JsonNode status) {
		if (status.isTextual()) {
			return FINISHED.contains(status.asText().toLowerCase(Locale.ROOT)) ? TicketStatus.CLOSED : null;
		}
		long id = status.path("id").asLong(-1);
		for (Map.Entry<String, Long> mapped : this.properties.statuses().entrySet()) {
			if (mapped.getValue() == id) {
				return TicketStatus.valueOf(mapped.getKey());
			}
		}
		String name = status.path("name").asText("").toLowerCase(Locale.ROOT);
		return FINISHED.contains(name) ? TicketStatus.CLOSED : null;
	}

	private void assignee(Ticket ticket, JsonNode agent) {
		String email = agent.path("email").asText(null);
		if (email == null && agent.path("id").asLong(0) > 0) {
			email = this.teamwork.agentEmail(agent.path("id").asLong()).orElse(null);
		}
		if (email != null && ticket.getStatus() != TicketStatus.CLOSED) {
			this.tickets.reassign(ticket.getReference(), email, TeamworkWebhook.ACTOR);
		}
	}

	/** An agent's reply goes to the customer; notes stay in Teamwork. */
	private void reply(Ticket ticket, JsonNode message) {
		if (!"message".equalsIgnoreCase(message.path("threadType").asText("message"))) {
			return;
		}
		String raw = message.path("message").asText("");
		// Teamwork sends HTML; the customer's channel gets its text.
		String text = (raw.contains("<") ? Jsoup.parse(raw).text() : raw).strip();
		if (!text.isEmpty()) {
			this.customers.enqueueText(ticket.getConversationId(), text);
		}
	}

}
