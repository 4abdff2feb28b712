package com.aibackend.ticket;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Something the customer wrote while their ticket was open. */
@Entity
@Table(name = "ticket_comment")
class TicketComment {

	@Id
	private String id;

	private Long ticketId;

	private String conversationId;

	private String text;

	private Instant createdAt;

	protected TicketComment() {
	}

	TicketComment(Long ticketId, String conversationId, String text, Instant createdAt) {
		this.id = UUID.randomUUID().toString();
		this.ticketId = ticketId;
		this.conversationId = conversationId;
		this.text = text;
		this.createdAt = createdAt;
	}

	String getId() {
		return this.id;
	}

	String getConversationId() {
		return this.conversationId;
	}

	String getText() {
		return this.text;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

}
