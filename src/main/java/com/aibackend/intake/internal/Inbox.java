package com.aibackend.intake.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.aibackend.conversation.Channel;
import com.aibackend.intake.IncomingMessage;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The intake's inbox ({@code inbound_delivery}): what a channel delivered, stored before
 * it is acknowledged, and routed after the commit. Plain SQL, since the acknowledgement
 * is this one insert and nothing else.
 */
@Component
public class Inbox {

	private static final String COLUMNS = "id, channel, external_id, sender_address, sender_name, subject, text, "
			+ "original_text, thread, refs, ticket_reference, unreadable, conversation_id";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	Inbox(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Stores a delivery; in its own transaction, which is the acknowledgement.
	 * @param conversationId the conversation the customer named (the REST API's reply),
	 * or {@code null} for routing to decide
	 * @return the delivery's id, or empty when the channel delivered this message before
	 */
	public Optional<String> store(IncomingMessage message, String conversationId) {
		String id = UUID.randomUUID().toString();
		try {
			this.jdbc.update(
					"insert into inbound_delivery (" + COLUMNS
							+ ", received_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					id, message.channel().name(), blankToNull(message.externalId()), message.senderAddress().strip(),
					blankToNull(message.senderName()), blankToNull(message.subject()), message.text(),
					blankToNull(message.originalText()), blankToNull(message.thread()),
					message.references().isEmpty() ? null : String.join("\n", message.references()),
					blankToNull(message.ticketReference()), message.unreadable(), conversationId,
					Timestamp.from(this.clock.instant()));
			return Optional.of(id);
		}
		catch (DuplicateKeyException ex) {
			return Optional.empty();
		}
	}

	/** The stored delivery of a channel message, if it came before. */
	public Optional<String> idOf(Channel channel, String externalId) {
		if (externalId == null || externalId.isBlank()) {
			return Optional.empty();
		}
		return this.jdbc
			.queryForList("select id from inbound_delivery where channel = ? and external_id = ?", String.class,
					channel.name(), externalId.strip())
			.stream()
			.findFirst();
	}

	/** Deliveries not routed yet, oldest first, received before {@code before}. */
	List<InboundDelivery> unrouted(Instant before, int limit) {
		return this.jdbc.query(
				"select " + COLUMNS + " from inbound_delivery where routed_at is null and received_at < ?"
						+ " order by received_at, id fetch first " + limit + " rows only",
				Inbox::delivery, Timestamp.from(before));
	}

	Optional<InboundDelivery> unrouted(String id) {
		return this.jdbc
			.query("select " + COLUMNS + " from inbound_delivery where id = ? and routed_at is null", Inbox::delivery,
					id)
			.stream()
			.findFirst();
	}

	/**
	 * Takes a delivery for routing in the caller's transaction; another node or thread
	 * that took it first holds its row until it commits, and then this one gets
	 * {@code false}.
	 */
	boolean claim(String id) {
		return this.jdbc.update("update inbound_delivery set routed_at = ?, attempts = attempts + 1"
				+ " where id = ? and routed_at is null", Timestamp.from(this.clock.instant()), id) == 1;
	}

	void routedTo(String id, String conversationId) {
		this.jdbc.update("update inbound_delivery set conversation_id = ?, failure = null where id = ?", conversationId,
				id);
	}

	/**
	 * Counts a failed routing, outside the rolled-back one; gives up after {@code limit}.
	 */
	int failed(String id, String reason, int limit) {
		this.jdbc.update(
				"update inbound_delivery set attempts = attempts + 1, failure = ?,"
						+ " routed_at = case when attempts + 1 >= ? then ? else null end where id = ?",
				cut(reason), limit, Timestamp.from(this.clock.instant()), id);
		Integer attempts = this.jdbc.queryForObject("select attempts from inbound_delivery where id = ?", Integer.class,
				id);
		return (attempts != null) ? attempts : 0;
	}

	/** The conversation a stored delivery went to, once routed. */
	Optional<String> conversationOf(String id) {
		return this.jdbc
			.queryForList("select conversation_id from inbound_delivery where id = ? and routed_at is not null",
					String.class, id)
			.stream()
			.filter((conversation) -> conversation != null)
			.findFirst();
	}

	private static InboundDelivery delivery(ResultSet row, int number) throws SQLException {
		String refs = row.getString("refs");
		return new InboundDelivery(row.getString("id"),
				new IncomingMessage(Channel.valueOf(row.getString("channel")), row.getString("sender_address"),
						row.getString("sender_name"), row.getString("subject"), row.getString("text"),
						row.getString("original_text"), row.getString("external_id"), row.getString("thread"),
						(refs != null) ? Arrays.asList(refs.split("\n")) : List.of(), row.getString("ticket_reference"),
						row.getBoolean("unreadable")),
				row.getString("conversation_id"));
	}

	private static String cut(String reason) {
		String text = (reason != null) ? reason : "unknown";
		return (text.length() > 1000) ? text.substring(0, 1000) : text;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** A stored delivery, as the channel gave it. */
	record InboundDelivery(String id, IncomingMessage message, String namedConversationId) {
	}

}
