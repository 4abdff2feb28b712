package com.aibackend.ticket;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.aibackend.assignment.ConsultantAssigner;
import com.aibackend.conversation.Conversations;
import com.aibackend.process.TicketIntakeProcess.Var;
import com.aibackend.process.TicketIntakeProcess;
import com.aibackend.shared.Audited;
import com.aibackend.shared.ConflictException;
import org.camunda.bpm.engine.RuntimeService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A closed ticket comes back: the customer wrote again within the reopen window (the
 * process's {@code Gateway_TicketToReopen}) or an agent reopened it. The ticket keeps its
 * number and history, becomes REOPENED, and goes back to its consultant when they can
 * take it, else to its pool's queue; audited.
 */
@Service
public class TicketReopening {

	private final Tickets tickets;

	private final Conversations conversations;

	private final ConsultantAssigner consultants;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final RuntimeService runtimeService;

	TicketReopening(Tickets tickets, Conversations conversations, ConsultantAssigner consultants, Clock clock,
			ApplicationEventPublisher events, RuntimeService runtimeService) {
		this.runtimeService = runtimeService;
		this.tickets = tickets;
		this.conversations = conversations;
		this.consultants = consultants;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Task_ReopenTicket: reopens the ticket in this process run and returns the variables
	 * its "Work on" task needs.
	 */
	@Transactional
	public Map<String, Object> reopen(String reference, String processInstanceId, String actor) {
		Ticket ticket = this.tickets.get(reference);
		Instant now = this.clock.instant();
		ticket.reopen(now);
		ticket.runIn(processInstanceId);
		String consultant = ticket.getConsultant();
		if (consultant != null && !this.consultants.canTake(consultant)) {
			ticket.assignTo(null, now);
			consultant = null;
		}
		this.conversations.relinkTicket(ticket.getConversationId(), processInstanceId);
		if (actor == null) {
			// The customer came back: what they wrote is the reopened ticket's first
			// comment.
			this.conversations.commentOnTicket(ticket.getConversationId(),
					this.conversations.inboundTextOfCurrentRound(ticket.getConversationId(), "\n"));
		}
		String who = (actor != null) ? actor : Audited.SYSTEM;
		this.events
			.publishEvent(new Audited(who, "Ticket", reference, "status",
					TicketStatus.CLOSED + " -> " + TicketStatus.REOPENED
							+ ((consultant != null) ? " (back to " + consultant + ")" : " (to the pool's queue)"),
					now));
		this.events.publishEvent(new TicketChanged(reference, TicketChanged.Change.STATUS, actor));
		Map<String, Object> variables = new HashMap<>();
		variables.put(Var.TICKET_ID, reference);
		variables.put(Var.CONSULTANT, consultant);
		variables.put(Var.ASSIGNMENT_GROUPS,
				(ticket.getAssignmentPool() != null) ? List.of(ticket.getAssignmentPool()) : List.of());
		variables.put(Var.FIRST_RESPONSE_DUE, Date.from(ticket.getFirstResponseDue()));
		variables.put(Var.RESOLUTION_DUE, Date.from(ticket.getResolutionDue()));
		variables.put(Var.SERVICE, ticket.getService());
		variables.put(Var.PRIORITY, ticket.getPriority());
		variables.put(Var.REOPENED, true);
		return variables;
	}

	/**
	 * Starts the ticket's next run of {@code ticket-intake} at "Agent reopened the
	 * ticket"; in the caller's transaction.
	 * @param actor the agent who reopened it
	 */
	@Transactional
	public void startRun(String reference, String actor) {
		Ticket ticket = this.tickets.get(reference);
		if (ticket.getStatus() != TicketStatus.CLOSED) {
			throw new ConflictException("Ticket %s is %s, not closed".formatted(reference, ticket.getStatus()));
		}
		this.runtimeService.createMessageCorrelation(TicketIntakeProcess.MSG_TICKET_REOPENED)
			.processInstanceBusinessKey(ticket.getConversationId())
			.setVariable(Var.CONVERSATION_ID, ticket.getConversationId())
			.setVariable(Var.CUSTOMER, this.conversations.get(ticket.getConversationId()).getSenderAddress())
			.setVariable(Var.TICKET_ID, reference)
			.setVariable(ReopenTicketDelegate.REOPENED_BY, actor)
			.correlateStartMessage();
	}

}
