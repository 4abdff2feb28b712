package com.aibackend.ticket;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What a person wrote on a ticket: a reply to the customer, whose delivery is the
 * outbound message it names, or an internal note that never leaves the team.
 */
@Entity
@Table(name = "ticket_reply")
class TicketReply {

	enum Kind {

		REPLY, NOTE

	}

	@Id
	private String id;

	private Long ticketId;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private String author;

	private String text;

	private String messageId;

	private String idempotencyKey;

	private Instant createdAt;

	protected TicketReply() {
	}

	TicketReply(Long ticketId, Kind kind, String author, String text, String idempotencyKey, Instant createdAt) {
		this.id = UUID.randomUUID().toString();
		this.ticketId = ticketId;
		this.kind = kind;
		this.author = author;
		this.text = text;
		this.idempotencyKey = idempotencyKey;
		this.createdAt = createdAt;
	}

	void sentAs(String messageId) {
		this.messageId = messageId;
	}

	String getId() {
		return this.id;
	}

	Long getTicketId() {
		return this.ticketId;
	}

	Kind getKind() {
		return this.kind;
	}

	String getAuthor() {
		return this.author;
	}

	String getText() {
		return this.text;
	}

	String getMessageId() {
		return this.messageId;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

}
