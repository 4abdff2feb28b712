package com.aibackend.ticket;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.aibackend.shared.InvalidRequestException;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tickets")
class TicketController {

	private final TicketService tickets;

	private final CustomerComments comments;

	TicketController(TicketService tickets, CustomerComments comments) {
		this.tickets = tickets;
		this.comments = comments;
	}

	@GetMapping
	List<TicketView> list(@RequestParam(required = false) TicketStatus status,
			@RequestParam(required = false) String consultant, @RequestParam(required = false) String service,
			@RequestParam(defaultValue = "100") int limit) {
		return this.tickets.find(status, consultant, service, Math.max(1, Math.min(limit, 1000)))
			.stream()
			.map(TicketView::of)
			.toList();
	}

	@GetMapping("/{id}")
	TicketView get(@PathVariable String id) {
		return TicketView.of(this.tickets.get(id));
	}

	@GetMapping("/{id}/comments")
	List<CommentView> comments(@PathVariable String id) {
		return this.comments.of(this.tickets.get(id)).stream().map(CommentView::of).toList();
	}

	@PatchMapping("/{id}")
	TicketView patch(@PathVariable String id, @RequestBody StatusChange change, Authentication caller) {
		if (change.status() == null || change.status().isBlank()) {
			throw new InvalidRequestException("status is required: one of IN_PROGRESS, CLOSED");
		}
		TicketStatus next;
		try {
			next = TicketStatus.valueOf(change.status().strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRequestException(
					"Unknown status '%s'; expected one of NEW, IN_PROGRESS, CLOSED".formatted(change.status()));
		}
		this.tickets.changeStatus(id, next, change.resolution(), Callers.editor(caller));
		return TicketView.of(this.tickets.get(id));
	}

	record StatusChange(String status, String resolution) {
	}

	record CommentView(String id, String conversationId, String text, Instant at) {

		static CommentView of(TicketComment comment) {
			return new CommentView(comment.getId(), comment.getConversationId(), comment.getText(),
					comment.getCreatedAt());
		}

	}

	record AssignmentView(String decision, Integer version, String rule, String strategy, String pool,
			List<String> candidates) {
	}

	record SlaView(Instant firstResponseDue, Instant resolutionDue, Instant firstRespondedAt,
			Instant firstResponseBreachedAt) {
	}

	/**
	 * Where the ticket's whole path can be seen.
	 *
	 * @param trace the trace API
	 * @param tracePage the trace page with the diagram
	 */
	record Links(String trace, String tracePage) {

		static Links of(String conversationId) {
			return new Links("/api/conversations/" + conversationId + "/trace",
					"/console/trace.html?conversation=" + conversationId);
		}

	}

	/** The ticket's counterpart in Teamwork Desk, when the connector is on. */
	record TeamworkView(Long id, String url) {
	}

	record TicketView(String id, String title, String description, String service, String priority, String type,
			TicketStatus status, String consultant, String requesterName, String company, String contact,
			String resolution, String conversationId, String payloadId, String processInstanceId,
			AssignmentView assignment, SlaView sla, Instant createdAt, Instant updatedAt, Instant closedAt, Links links,
			TeamworkView teamwork) {

		static TicketView of(Ticket t) {
			return new TicketView(t.getReference(), t.getTitle(), t.getDescription(), t.getService(), t.getPriority(),
					t.getType(), t.getStatus(), t.getConsultant(), t.getRequesterName(), t.getCompany(), t.getContact(),
					t.getResolution(), t.getConversationId(), t.getPayloadId(), t.getProcessInstanceId(),
					new AssignmentView(t.getAssignmentDecision(), t.getAssignmentVersion(), t.getAssignmentRule(),
							t.getAssignmentStrategy(), t.getAssignmentPool(), t.getAssignmentCandidates()),
					new SlaView(t.getFirstResponseDue(), t.getResolutionDue(), t.getFirstRespondedAt(),
							t.getFirstResponseBreachedAt()),
					t.getCreatedAt(), t.getUpdatedAt(), t.getClosedAt(), Links.of(t.getConversationId()),
					(t.getTeamworkTicketId() != null) ? new TeamworkView(t.getTeamworkTicketId(), t.getTeamworkUrl())
							: null);
		}

	}

}
