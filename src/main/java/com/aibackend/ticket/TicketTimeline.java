package com.aibackend.ticket;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.aibackend.audit.AuditTrail;
import com.aibackend.assignment.Assignment;
import com.aibackend.assignment.ConsultantAssigner;
import com.aibackend.conversation.Conversations;
import com.aibackend.conversation.Readings;
import com.aibackend.conversation.Direction;
import com.aibackend.conversation.Message;
import com.aibackend.conversation.MessageState;
import com.aibackend.conversation.Reading;
import com.aibackend.conversation.Understanding;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything that happened on a ticket, in order: the customer's messages and our answers
 * with their delivery state, the bot's readings, triage, the assignment, internal notes
 * and status changes. The API returns it; the consultant's form shows it as text.
 */
@Component
public class TicketTimeline {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneOffset.UTC);

	private final Conversations conversations;

	private final Readings readings;

	private final TicketReplies replies;

	private final CustomerComments comments;

	private final AuditTrail audit;

	private final ConsultantAssigner assignments;

	TicketTimeline(Conversations conversations, Readings readings, TicketReplies replies, CustomerComments comments,
			AuditTrail audit, ConsultantAssigner assignments) {
		this.assignments = assignments;
		this.conversations = conversations;
		this.readings = readings;
		this.replies = replies;
		this.comments = comments;
		this.audit = audit;
	}

	/**
	 * One thing that happened.
	 *
	 * @param kind {@code CUSTOMER_MESSAGE}, {@code ANSWER} (to the customer, by the bot
	 * or a person), {@code NOTE} (internal), {@code BOT_READING}, {@code TRIAGE},
	 * {@code AGENT_COMPLETION}, {@code ASSIGNMENT} or {@code CHANGE} (status, consultant,
	 * SLA)
	 * @param author who wrote or did it: the customer, {@code bot}, a user,
	 * {@code system}
	 * @param state an answer's delivery state
	 * @param error why an answer could not be sent
	 */
	public record Entry(Instant at, String kind, String channel, String author, String text, MessageState state,
			String error) {
	}

	/**
	 * The timeline with what the consultant's task shows beside it, all from one reading
	 * of the ticket's messages and replies.
	 *
	 * @param customerNotReached whether our latest answer to the customer could not be
	 * sent
	 * @param customerWaiting whether the customer wrote after the ticket was made and
	 * nobody has answered since (the task rises in the queue)
	 */
	public record Snapshot(List<Entry> entries, boolean customerNotReached, boolean customerWaiting) {

		/** The timeline as the consultant's form shows it, one line per entry. */
		public String rendered() {
			return this.entries.stream().map(TicketTimeline::line).collect(Collectors.joining("\n"));
		}

	}

	@Transactional(readOnly = true)
	public List<Entry> of(Ticket ticket) {
		return snapshot(ticket).entries();
	}

	@Transactional(readOnly = true)
	public Snapshot snapshot(Ticket ticket) {
		List<Message> messages = this.conversations.messagesOf(ticket.getConversationId());
		List<TicketReply> written = this.replies.of(ticket);
		Map<String, String> authors = new HashMap<>();
		written.stream()
			.filter((reply) -> reply.getMessageId() != null)
			.forEach((reply) -> authors.put(reply.getMessageId(), reply.getAuthor()));
		List<Entry> entries = new ArrayList<>();
		String customer = (ticket.getRequesterName() != null) ? ticket.getRequesterName() : "customer";
		for (Message message : messages) {
			if (message.getDirection() == Direction.IN) {
				entries.add(new Entry(message.getCreatedAt(), "CUSTOMER_MESSAGE", message.getChannel().name(), customer,
						message.getText(), null, null));
			}
			else {
				entries.add(new Entry(message.getCreatedAt(), "ANSWER", message.getChannel().name(),
						authors.getOrDefault(message.getId(), "bot"), message.getText(), message.getState(),
						message.getLastError()));
			}
		}
		for (Reading reading : this.readings.readingsOf(ticket.getConversationId())) {
			entries.add(reading(reading));
		}
		entries.add(new Entry(ticket.getCreatedAt(), "ASSIGNMENT", null, "system", assignment(ticket), null, null));
		this.comments.of(ticket)
			.stream()
			.filter((comment) -> !comment.getConversationId().equals(ticket.getConversationId()))
			.forEach((comment) -> entries.add(new Entry(comment.getCreatedAt(), "CUSTOMER_MESSAGE", null, customer,
					comment.getText(), null, null)));
		written.stream()
			.filter((reply) -> reply.getKind() == TicketReply.Kind.NOTE)
			.forEach((note) -> entries
				.add(new Entry(note.getCreatedAt(), "NOTE", null, note.getAuthor(), note.getText(), null, null)));
		this.audit.ofEntity("Ticket", ticket.getReference())
			.stream()
			.filter((change) -> !"note".equals(change.action()) && !"reply".equals(change.action()))
			.forEach((change) -> entries.add(new Entry(change.at(), "CHANGE", null, change.user(),
					change.action() + ((change.detail() != null) ? ": " + change.detail() : ""), null, null)));
		entries.sort(Comparator.comparing(Entry::at));
		boolean notReached = messages.stream()
			.filter((message) -> message.getDirection() == Direction.OUT)
			.reduce((first, second) -> second)
			.map((last) -> last.getState() == MessageState.FAILED)
			.orElse(false);
		boolean waiting = !messages.isEmpty() && messages.get(messages.size() - 1).getDirection() == Direction.IN
				&& messages.get(messages.size() - 1).getCreatedAt().isAfter(ticket.getCreatedAt());
		return new Snapshot(entries, notReached, waiting);
	}

	private static String line(Entry entry) {
		StringBuilder line = new StringBuilder(TIME.format(entry.at())).append(" · ");
		if (entry.channel() != null) {
			line.append(entry.channel()).append(" · ");
		}
		switch (entry.kind()) {
			case "CUSTOMER_MESSAGE" -> line.append(entry.author()).append(" wrote: ");
			case "ANSWER" -> {
				line.append("bot".equals(entry.author()) ? "Bot" : entry.author()).append(" → customer [");
				line.append(entry.state());
				if (entry.state() == MessageState.FAILED && entry.error() != null) {
					line.append(": NOT DELIVERED, ").append(entry.error());
				}
				line.append("]: ");
			}
			case "NOTE" -> line.append("Internal note by ").append(entry.author()).append(": ");
			case "BOT_READING" -> line.append("Bot read: ");
			case "TRIAGE" -> line.append("Triage by an agent: ");
			case "AGENT_COMPLETION" -> line.append("Completed by an agent: ");
			case "ASSIGNMENT" -> line.append("Assignment: ");
			default -> line.append("Change by ").append(entry.author()).append(": ");
		}
		return line.append(entry.text().strip().replaceAll("\\s*\\n\\s*", " ⏎ ")).toString();
	}

	private static Entry reading(Reading reading) {
		Understanding understanding = reading.understanding();
		String text = "%s · service %s · priority %s%s%s".formatted(understanding.intent(),
				(understanding.service() != null) ? understanding.service() : "-", understanding.priority(),
				(reading.getSource() == Reading.Source.BOT) ? " · confidence %.2f".formatted(understanding.confidence())
						: "",
				understanding.missingFields().isEmpty() ? ""
						: " · missing " + String.join(", ", understanding.missingFields()));
		String kind = switch (reading.getSource()) {
			case BOT -> "BOT_READING";
			case TRIAGE -> "TRIAGE";
			case AGENT -> "AGENT_COMPLETION";
		};
		return new Entry(reading.getCreatedAt(), kind, null,
				(reading.getSource() == Reading.Source.BOT) ? "bot" : "agent", text, null, null);
	}

	private String assignment(Ticket ticket) {
		Assignment assignment = this.assignments.get(ticket.getAssignmentId());
		return "rule %s (version %s, %s, pool %s) → %s".formatted(assignment.rule(), assignment.version(),
				assignment.strategy(), ticket.getAssignmentPool(),
				(ticket.getConsultant() != null) ? ticket.getConsultant() : "unassigned queue");
	}

}
