package com.aibackend.ticket;

import java.time.Instant;

import com.aibackend.assignment.Assignment;
import com.aibackend.conversation.Request;
import com.aibackend.shared.ConflictException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A support ticket, worked by one consultant. Its public id is {@code TCK-000001}. */
@Entity
@Table(name = "ticket")
public class Ticket {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_number")
	@SequenceGenerator(name = "ticket_number", sequenceName = "ticket_number_seq", allocationSize = 1)
	private Long id;

	private String title;

	private String description;

	private String service;

	private String priority;

	@jakarta.persistence.Column(name = "ticket_type")
	private String type;

	@Enumerated(EnumType.STRING)
	private TicketStatus status;

	private String consultant;

	private String requesterName;

	private String company;

	private String contact;

	private String resolution;

	private String conversationId;

	private String payloadId;

	private String processInstanceId;

	/** The record of the rule and strategy that chose the consultant. */
	private String assignmentId;

	/** The pool whose queue the ticket is in. */
	private String assignmentPool;

	private Instant firstResponseDue;

	private Instant resolutionDue;

	private Instant firstRespondedAt;

	private Instant firstResponseBreachedAt;

	private Instant createdAt;

	private Instant updatedAt;

	private Instant closedAt;

	private Instant reopenedAt;

	private int reopenCount;

	@Version
	private Long version;

	protected Ticket() {
	}

	Ticket(NewTicket made, Assignment assignment, Instant now) {
		Request request = made.request();
		this.title = request.title();
		this.description = request.description();
		this.service = request.service();
		this.priority = request.priority();
		this.type = request.type();
		this.requesterName = request.requesterName();
		this.company = request.company();
		this.contact = request.contact();
		this.conversationId = made.conversationId();
		this.payloadId = made.payloadId();
		this.processInstanceId = made.processInstanceId();
		this.consultant = assignment.consultant();
		this.assignmentId = assignment.id();
		this.assignmentPool = assignment.pool();
		this.firstResponseDue = (assignment.firstResponse() != null) ? now.plus(assignment.firstResponse()) : null;
		this.resolutionDue = (assignment.resolution() != null) ? now.plus(assignment.resolution()) : null;
		// Nobody could take it: it waits in the pool's queue.
		this.status = assignment.unassigned() ? TicketStatus.UNASSIGNED : TicketStatus.NEW;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void moveTo(TicketStatus next, String resolution, Instant now) {
		if (!this.status.canMoveTo(next)) {
			throw new ConflictException(
					"Ticket %s cannot move from %s to %s".formatted(getReference(), this.status, next));
		}
		this.status = next;
		if (resolution != null && !resolution.isBlank()) {
			this.resolution = resolution.strip();
		}
		if (next == TicketStatus.CLOSED) {
			this.closedAt = now;
		}
		this.updatedAt = now;
	}

	/**
	 * A person answered the customer: the first time is the ticket's first response, as
	 * helpdesks count it (a status change or the bot's messages are none).
	 */
	void replied(Instant now) {
		if (this.firstRespondedAt == null) {
			this.firstRespondedAt = now;
		}
		this.updatedAt = now;
	}

	/** The customer came back after closing: open again, in a new run of the process. */
	void reopen(Instant now) {
		moveTo(TicketStatus.REOPENED, null, now);
		this.closedAt = null;
		this.reopenedAt = now;
		this.reopenCount++;
	}

	void runIn(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	/** A consultant takes the ticket from the pool's queue, or gives it back. */
	void assignTo(String consultant, Instant now) {
		this.consultant = consultant;
		if (consultant != null && this.status == TicketStatus.UNASSIGNED) {
			this.status = TicketStatus.NEW;
		}
		this.updatedAt = now;
	}

	/**
	 * The first-response timer fired: if nobody has responded yet, the breach is
	 * recorded, once.
	 * @return whether a breach was recorded now
	 */
	boolean recordFirstResponseBreach(Instant now) {
		boolean breached = this.firstRespondedAt == null && this.status != TicketStatus.CLOSED
				&& this.firstResponseBreachedAt == null;
		if (breached) {
			this.firstResponseBreachedAt = now;
		}
		return breached;
	}

	public Instant getReopenedAt() {
		return this.reopenedAt;
	}

	public int getReopenCount() {
		return this.reopenCount;
	}

	public Instant getFirstResponseDue() {
		return this.firstResponseDue;
	}

	public Instant getResolutionDue() {
		return this.resolutionDue;
	}

	public Instant getFirstRespondedAt() {
		return this.firstRespondedAt;
	}

	public Instant getFirstResponseBreachedAt() {
		return this.firstResponseBreachedAt;
	}

	public String getReference() {
		return TicketNumbers.referenceOf(this.id);
	}

	public Long getId() {
		return this.id;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

	public String getService() {
		return this.service;
	}

	public String getPriority() {
		return this.priority;
	}

	public String getType() {
		return this.type;
	}

	public TicketStatus getStatus() {
		return this.status;
	}

	public String getConsultant() {
		return this.consultant;
	}

	public String getRequesterName() {
		return this.requesterName;
	}

	public String getCompany() {
		return this.company;
	}

	public String getContact() {
		return this.contact;
	}

	public String getResolution() {
		return this.resolution;
	}

	public String getConversationId() {
		return this.conversationId;
	}

	public String getPayloadId() {
		return this.payloadId;
	}

	public String getProcessInstanceId() {
		return this.processInstanceId;
	}

	public String getAssignmentId() {
		return this.assignmentId;
	}

	public String getAssignmentPool() {
		return this.assignmentPool;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public Instant getClosedAt() {
		return this.closedAt;
	}

}
