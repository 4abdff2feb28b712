package com.aibackend.ticket;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.aibackend.assignment.Assignment;
import com.aibackend.assignment.ConsultantAssigner;
import com.aibackend.assignment.ConsultantAvailable;
import com.aibackend.conversation.Conversation;
import com.aibackend.conversation.Conversations;
import com.aibackend.outbound.CustomerMessages;
import com.aibackend.payload.PayloadService.TicketRequest;
import com.aibackend.payload.PayloadService;
import com.aibackend.shared.Audited;
import com.aibackend.shared.ForbiddenException;
import com.aibackend.shared.Greeting;
import com.aibackend.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates tickets and moves them through their lifecycle, keeping the consultant's task
 * in step: the commands. What is read about tickets is in {@link Tickets}.
 */
@Service
public class TicketService {

	private final TicketRepository tickets;

	private final Conversations conversations;

	private final PayloadService payloads;

	private final CustomerMessages messages;

	private final WorkTask workTask;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final ConsultantAssigner assigner;

	private final Tickets queries;

	TicketService(TicketRepository tickets, Conversations conversations, PayloadService payloads,
			CustomerMessages messages, WorkTask workTask, Clock clock, ApplicationEventPublisher events,
			ConsultantAssigner assigner, Tickets queries) {
		this.queries = queries;
		this.events = events;
		this.assigner = assigner;
		this.tickets = tickets;
		this.conversations = conversations;
		this.payloads = payloads;
		this.messages = messages;
		this.workTask = workTask;
		this.clock = clock;
	}

	/**
	 * Makes the ticket from the payload and the stored assignment, marks the payload
	 * processed and links the conversation.
	 */
	@Transactional
	public Ticket create(String payloadId, String processInstanceId, String assignmentId) {
		Assignment assignment = this.assigner.get(assignmentId);
		TicketRequest request = this.payloads.ticketRequest(payloadId);
		Ticket ticket = this.tickets
			.save(new Ticket(new NewTicket(request.request(), request.conversationId(), payloadId, processInstanceId),
					assignment, this.clock.instant()));
		this.tickets.flush();
		this.payloads.markProcessed(payloadId, ticket.getReference());
		this.conversations.linkTicket(request.conversationId(), ticket.getReference());
		this.events.publishEvent(new TicketChanged(ticket.getReference(), TicketChanged.Change.CREATED, null));
		return ticket;
	}

	/** Tells the customer their ticket's number and title. */
	@Transactional
	public void notifyCreated(String reference) {
		Ticket ticket = this.queries.get(reference);
		this.messages.enqueue(ticket.getConversationId(), "ticket.created", Greeting.after(ticket.getRequesterName()),
				ticket.getReference(), ticket.getTitle());
	}

	/**
	 * The first-response time has passed: whether this is a new breach (nobody responded;
	 * recorded on the ticket and escalated once).
	 */
	@Transactional
	public boolean checkFirstResponse(String reference) {
		Ticket ticket = this.queries.get(reference);
		boolean breached = ticket.recordFirstResponseBreach(this.clock.instant());
		if (breached) {
			audit(Audited.SYSTEM, ticket, "sla", "first response due " + ticket.getFirstResponseDue() + " breached");
		}
		return breached;
	}

	/**
	 * A status change from the API. Closing completes the consultant's task, which ends
	 * the process and tells the customer; other changes update the ticket and the task's
	 * form. A consultant may change only their own tickets and their pools' unassigned
	 * ones.
	 */
	@Transactional
	public Ticket changeStatus(String reference, TicketStatus next, String resolution, Editor editor) {
		Ticket ticket = this.queries.get(reference);
		if (!editor.mayChange(ticket)) {
			throw new ForbiddenException((ticket.getConsultant() != null)
					? "Ticket %s is assigned to another consultant".formatted(reference)
					: "Ticket %s belongs to a pool you are not in".formatted(reference));
		}
		if (ticket.getStatus() != next && ticket.getConsultant() == null && editor.takesFromQueue()
				&& next != TicketStatus.CLOSED) {
			// A pool member working a waiting ticket takes it from the queue, as a claim
			// in Tasklist does.
			this.workTask.assign(ticket, editor.user());
		}
		return move(ticket, next, resolution, editor.user());
	}

	/**
	 * A status change made in a connected help desk (Teamwork Desk), which people there
	 * made: applied as they made it, without our roles, and audited under the system's
	 * name.
	 */
	@Transactional
	public Ticket applyExternalStatus(String reference, TicketStatus next, String resolution, String system) {
		return move(this.queries.get(reference), next, resolution, system);
	}

	private Ticket move(Ticket ticket, TicketStatus next, String resolution, String actor) {
		if (ticket.getStatus() == next) {
			return ticket;
		}
		TicketStatus before = ticket.getStatus();
		ticket.moveTo(next, resolution, this.clock.instant());
		audit(actor, ticket, "status", before + " -> " + next);
		freed(ticket);
		this.workTask.showStatus(ticket, next);
		if (next == TicketStatus.CLOSED) {
			this.workTask.completeClosed(ticket, actor);
		}
		return ticket;
	}

	/**
	 * The consultant chose a status in the task's form; choosing the current one changes
	 * nothing.
	 */
	@Transactional
	public Ticket applyFromTask(String reference, TicketStatus next, String resolution, String actor) {
		Ticket ticket = this.queries.get(reference);
		if (ticket.getStatus() != next) {
			TicketStatus before = ticket.getStatus();
			ticket.moveTo(next, resolution, this.clock.instant());
			audit(actor, ticket, "status", before + " -> " + next);
			freed(ticket);
		}
		return ticket;
	}

	/**
	 * Claiming a new or reopened ticket's task, or replying on it, means work has
	 * started.
	 */
	@Transactional
	public void startWork(String reference, String actor) {
		Ticket ticket = this.queries.get(reference);
		TicketStatus before = ticket.getStatus();
		if (before == TicketStatus.NEW || before == TicketStatus.REOPENED) {
			ticket.moveTo(TicketStatus.IN_PROGRESS, null, this.clock.instant());
			audit(actor, ticket, "status", before + " -> " + TicketStatus.IN_PROGRESS);
		}
	}

	/**
	 * The ticket's task was claimed, assigned to someone else or given back to the pool
	 * in Tasklist: the ticket follows.
	 */
	@Transactional
	public void changeConsultant(String reference, String consultant, String actor) {
		Ticket ticket = this.queries.get(reference);
		if (!Objects.equals(ticket.getConsultant(), consultant)) {
			String before = ticket.getConsultant();
			ticket.assignTo(consultant, this.clock.instant());
			audit(actor, ticket, "assignee", "%s -> %s".formatted(before, consultant));
		}
	}

	/** A closed ticket frees its consultant's capacity: the pools' queues move on. */
	private void freed(Ticket ticket) {
		if (ticket.getStatus() == TicketStatus.CLOSED && ticket.getConsultant() != null) {
			this.events.publishEvent(new ConsultantAvailable(ticket.getConsultant()));
		}
	}

	private void audit(String actor, Ticket ticket, String action, String detail) {
		this.events.publishEvent(new Audited((actor != null) ? actor : Audited.SYSTEM, "Ticket", ticket.getReference(),
				action, detail, this.clock.instant()));
		if ("status".equals(action) || "assignee".equals(action)) {
			this.events.publishEvent(new TicketChanged(ticket.getReference(),
					"status".equals(action) ? TicketChanged.Change.STATUS : TicketChanged.Change.ASSIGNEE, actor));
		}
	}

	/**
	 * Someone outside (Teamwork Desk) gave the ticket to another consultant: the ticket
	 * and its task follow.
	 */
	@Transactional
	public void reassign(String reference, String consultant, String actor) {
		Ticket ticket = this.queries.get(reference);
		changeConsultant(reference, consultant, actor);
		this.workTask.assign(ticket, consultant);
	}

	@Transactional
	public void notifyClosed(String reference) {
		Ticket ticket = this.queries.get(reference);
		String resolution = (ticket.getResolution() != null) ? ticket.getResolution() : "-";
		this.messages.enqueue(ticket.getConversationId(), "ticket.closed", ticket.getReference(), ticket.getTitle(),
				resolution);
	}

}
