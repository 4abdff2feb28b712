package com.aibackend.teamwork.internal;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.aibackend.conversation.Conversation;
import com.aibackend.conversation.Conversations;
import com.aibackend.teamwork.ConditionalOnTeamwork;
import com.aibackend.teamwork.TeamworkProperties;
import com.aibackend.ticket.CustomerComments;
import com.aibackend.ticket.Ticket;
import com.aibackend.ticket.TicketChanged;
import com.aibackend.ticket.TicketStatus;
import com.aibackend.ticket.Tickets;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.RuntimeService;

import org.springframework.stereotype.Service;

/**
 * Brings one change of our ticket to Teamwork Desk: creates the ticket there (finding or
 * creating the customer, mapping inbox, agent, priority and tags), or updates its status
 * or agent.
 */
@Service
@ConditionalOnTeamwork
class TeamworkSync {

	/**
	 * The variable of the ticket's ticket-intake flow that the consultant's form links.
	 */
	static final String TEAMWORK_URL = "teamworkUrl";

	private final TeamworkClient teamwork;

	private final TeamworkProperties properties;

	private final Tickets tickets;

	private final Conversations conversations;

	private final ObjectMapper json;

	private final RuntimeService runtime;

	private final CustomerComments comments;

	private final TeamworkTickets links;

	TeamworkSync(TeamworkTickets links, TeamworkClient teamwork, TeamworkProperties properties, Tickets tickets,
			Conversations conversations, ObjectMapper json, RuntimeService runtime, CustomerComments comments) {
		this.links = links;
		this.runtime = runtime;
		this.comments = comments;
		this.teamwork = teamwork;
		this.properties = properties;
		this.tickets = tickets;
		this.conversations = conversations;
		this.json = json;
	}

	void apply(String reference, TicketChanged.Change change, String commentId) {
		Ticket ticket = this.tickets.get(reference);
		switch (change) {
			case CREATED -> create(ticket);
			case STATUS -> status(ticket);
			case ASSIGNEE -> assignee(ticket);
			// The customer's own words: a note, so that Teamwork does not mail them back.
			case COMMENTED -> this.teamwork.addMessage(teamworkId(ticket),
					"The customer wrote: " + this.comments.text(commentId), "note");
		}
	}

	private void create(Ticket ticket) {
		if (this.links.teamworkIdOf(ticket.getReference()).isPresent()) {
			return;
		}
		Conversation conversation = this.conversations.get(ticket.getConversationId());
		ObjectNode body = this.json.createObjectNode();
		body.put("subject", ticket.getTitle());
		body.put("message", ticket.getDescription());
		body.put("notifyCustomer", false);
		reference(body, "customer", customer(conversation, ticket));
		reference(body, "inbox", this.properties.inboxFor(ticket.getService()));
		reference(body, "priority", this.properties.priorities().get(ticket.getPriority()));
		reference(body, "status", this.properties.statuses().get(ticket.getStatus().name()));
		if (ticket.getConsultant() != null) {
			this.teamwork.agent(ticket.getConsultant()).ifPresent((agent) -> reference(body, "agent", agent));
		}
		ArrayNode tags = body.putArray("tags");
		for (String tag : List.of(ticket.getService(), conversation.getChannel().name(), ticket.getType())) {
			if (tag != null && !tag.isBlank()) {
				tags.addObject().put("id", this.teamwork.tag(tag.toLowerCase(Locale.ROOT)));
			}
		}
		long id = this.teamwork.createTicket(body);
		String link = this.properties.ticketLink(id);
		this.links.link(ticket.getReference(), id, link);
		// The consultant's task shows the link.
		if (ticket.getProcessInstanceId() != null && this.runtime.createProcessInstanceQuery()
			.processInstanceId(ticket.getProcessInstanceId())
			.count() > 0) {
			this.runtime.setVariable(ticket.getProcessInstanceId(), TEAMWORK_URL, link);
		}
	}

	private void status(Ticket ticket) {
		long id = teamworkId(ticket);
		Long status = this.properties.statuses().get(ticket.getStatus().name());
		if (status != null) {
			ObjectNode body = this.json.createObjectNode();
			reference(body, "status", status);
			this.teamwork.updateTicket(id, body);
		}
		if (ticket.getStatus() == TicketStatus.CLOSED && ticket.getResolution() != null) {
			this.teamwork.addMessage(id, "Closed in AI-Backend: " + ticket.getResolution(), "note");
		}
	}

	private void assignee(Ticket ticket) {
		long id = teamworkId(ticket);
		ObjectNode body = this.json.createObjectNode();
		if (ticket.getConsultant() == null) {
			body.putNull("agent");
		}
		else {
			Long agent = this.teamwork.agent(ticket.getConsultant()).orElse(null);
			if (agent == null) {
				return;
			}
			reference(body, "agent", agent);
		}
		this.teamwork.updateTicket(id, body);
	}

	/** Found by e-mail address (or phone number), created when Teamwork has none. */
	private long customer(Conversation conversation, Ticket ticket) {
		String address = conversation.getSenderAddress();
		String field = address.contains("@") ? "email" : "phone";
		return this.teamwork.findCustomer(field, address).orElseGet(() -> {
			ObjectNode customer = this.json.createObjectNode();
			customer.put(field, address);
			String name = Objects.requireNonNullElse(ticket.getRequesterName(),
					Objects.requireNonNullElse(conversation.getSenderName(), ""));
			int space = name.trim().indexOf(' ');
			customer.put("firstName", (space > 0) ? name.trim().substring(0, space) : name.trim());
			if (space > 0) {
				customer.put("lastName", name.trim().substring(space + 1));
			}
			if (ticket.getCompany() != null) {
				customer.put("organization", ticket.getCompany());
			}
			return this.teamwork.createCustomer(customer);
		});
	}

	private long teamworkId(Ticket ticket) {
		// Its creation is still under way in another step: this one is tried again.
		return this.links.teamworkIdOf(ticket.getReference())
			.orElseThrow(() -> new IllegalStateException(
					"Ticket " + ticket.getReference() + " is not in Teamwork Desk yet"));
	}

	private static void reference(ObjectNode body, String field, Long id) {
		if (id != null) {
			body.putObject(field).put("id", id);
		}
	}

}
