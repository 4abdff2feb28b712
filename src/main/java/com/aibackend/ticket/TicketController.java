package com.aibackend.ticket;

import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.aibackend.assignment.Assignment;
import com.aibackend.assignment.ConsultantAssigner;
import com.aibackend.shared.ForbiddenException;
import com.aibackend.shared.InvalidRequestException;
import com.aibackend.ticket.TicketCounterparts.Counterpart;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tickets")
class TicketController {

	private final TicketService tickets;

	private final Tickets ticketQueries;

	private final CustomerComments comments;

	private final TicketReplies replies;

	private final TicketTimeline timeline;

	private final TicketReopening reopening;

	private final ConsultantAssigner assignments;

	private final List<TicketCounterparts> counterparts;

	TicketController(TicketService tickets, Tickets ticketQueries, CustomerComments comments, TicketReplies replies,
			TicketTimeline timeline, TicketReopening reopening, ConsultantAssigner assignments,
			List<TicketCounterparts> counterparts) {
		this.reopening = reopening;
		this.assignments = assignments;
		this.counterparts = counterparts;
		this.tickets = tickets;
		this.ticketQueries = ticketQueries;
		this.comments = comments;
		this.replies = replies;
		this.timeline = timeline;
	}

	@GetMapping
	List<TicketView> list(@RequestParam(required = false) TicketStatus status,
			@RequestParam(required = false) String consultant, @RequestParam(required = false) String service,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "100") int limit) {
		if (q != null && q.strip().length() > 200) {
			throw new InvalidRequestException("q is at most 200 characters");
		}
		return views(this.ticketQueries.find(status, consultant, service, q, Math.max(1, Math.min(limit, 1000))));
	}

	@GetMapping("/{id}")
	TicketView get(@PathVariable String id) {
		return view(this.ticketQueries.get(id));
	}

	@GetMapping("/{id}/comments")
	List<CommentView> comments(@PathVariable String id) {
		return this.comments.of(this.ticketQueries.get(id)).stream().map(CommentView::of).toList();
	}

	@GetMapping("/{id}/timeline")
	List<TicketTimeline.Entry> timeline(@PathVariable String id) {
		return this.timeline.of(this.ticketQueries.get(id));
	}

	/**
	 * A reply to the customer on their channel, or an internal note
	 * ({@code "internal": true}). The same {@code Idempotency-Key} again answers with the
	 * first reply (200) instead of sending another.
	 */
	@PostMapping("/{id}/replies")
	ResponseEntity<ReplyView> reply(@PathVariable String id, @RequestBody ReplyRequest request,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, Authentication caller) {
		if (idempotencyKey != null && idempotencyKey.length() > 255) {
			throw new InvalidRequestException("Idempotency-Key is at most 255 characters");
		}
		TicketReplies.Draft draft = new TicketReplies.Draft(request.text(), request.cannedResponse(),
				Boolean.TRUE.equals(request.internal()));
		TicketReplies.Written written;
		try {
			written = this.replies.write(id, draft, idempotencyKey, Callers.editor(caller));
		}
		catch (DataIntegrityViolationException ex) {
			// The same key posted twice at once: the other request stored it.
			written = new TicketReplies.Written(this.replies.byKey(id, idempotencyKey.strip()).orElseThrow(() -> ex),
					false);
		}
		ReplyView view = ReplyView.of(written.reply(), this.ticketQueries.get(id));
		return written.created()
				? ResponseEntity.created(URI.create("/api/tickets/" + view.ticketId() + "/timeline")).body(view)
				: ResponseEntity.ok(view);
	}

	record ReplyRequest(String text, String cannedResponse, Boolean internal) {
	}

	record ReplyView(String id, String ticketId, String kind, String author, String text, String messageId,
			Instant createdAt) {

		static ReplyView of(TicketReply reply, Ticket ticket) {
			return new ReplyView(reply.getId(), ticket.getReference(), reply.getKind().name(), reply.getAuthor(),
					reply.getText(), reply.getMessageId(), reply.getCreatedAt());
		}

	}

	@PatchMapping("/{id}")
	TicketView patch(@PathVariable String id, @RequestBody StatusChange change, Authentication caller) {
		if (change.status() == null || change.status().isBlank()) {
			throw new InvalidRequestException("status is required: one of IN_PROGRESS, CLOSED, REOPENED");
		}
		TicketStatus next;
		try {
			next = TicketStatus.valueOf(change.status().strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRequestException(
					"Unknown status '%s'; expected one of IN_PROGRESS, CLOSED, REOPENED".formatted(change.status()));
		}
		Editor editor = Callers.editor(caller);
		if (next == TicketStatus.REOPENED) {
			if (!editor.mayChange(this.ticketQueries.get(id))) {
				throw new ForbiddenException("Ticket %s is assigned to another consultant".formatted(id));
			}
			this.reopening.startRun(this.ticketQueries.get(id).getReference(), editor.user());
			return view(this.ticketQueries.get(id));
		}
		this.tickets.changeStatus(id, next, change.resolution(), editor);
		return view(this.ticketQueries.get(id));
	}

	private TicketView view(Ticket ticket) {
		return views(List.of(ticket)).get(0);
	}

	/**
	 * Each ticket with its assignment record and its counterpart elsewhere, looked up at
	 * once.
	 */
	private List<TicketView> views(List<Ticket> found) {
		Map<String, Assignment> assignments = this.assignments
			.getAll(found.stream().map(Ticket::getAssignmentId).filter(Objects::nonNull).toList());
		List<String> references = found.stream().map(Ticket::getReference).toList();
		Map<String, Counterpart> elsewhere = new HashMap<>();
		this.counterparts.forEach((source) -> elsewhere.putAll(source.of(references)));
		return found.stream()
			.map((ticket) -> TicketView.of(ticket, assignments.get(ticket.getAssignmentId()),
					elsewhere.get(ticket.getReference())))
			.toList();
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

		static AssignmentView of(Assignment assignment, String pool) {
			return (assignment != null)
					? new AssignmentView(assignment.decision(), assignment.version(), assignment.rule(),
							assignment.strategy().name(), pool, assignment.candidates())
					: new AssignmentView(null, null, null, null, pool, List.of());
		}

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

		static TicketView of(Ticket t, Assignment assignment, Counterpart teamwork) {
			return new TicketView(t.getReference(), t.getTitle(), t.getDescription(), t.getService(), t.getPriority(),
					t.getType(), t.getStatus(), t.getConsultant(), t.getRequesterName(), t.getCompany(), t.getContact(),
					t.getResolution(), t.getConversationId(), t.getPayloadId(), t.getProcessInstanceId(),
					AssignmentView.of(assignment, t.getAssignmentPool()),
					new SlaView(t.getFirstResponseDue(), t.getResolutionDue(), t.getFirstRespondedAt(),
							t.getFirstResponseBreachedAt()),
					t.getCreatedAt(), t.getUpdatedAt(), t.getClosedAt(), Links.of(t.getConversationId()),
					(teamwork != null) ? new TeamworkView(teamwork.id(), teamwork.url()) : null);
		}

	}

}
