package com.aibackend.payload;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The structured request the middleware hands on: one per complete conversation round.
 */
@Entity
@Table(name = "payload")
public class Payload {

	@Id
	private String id;

	private String conversationId;

	@Enumerated(EnumType.STRING)
	private PayloadStatus status;

	/** The payload as JSON. */
	private String content;

	private String ticketId;

	private Instant createdAt;

	private Instant processedAt;

	protected Payload() {
	}

	Payload(String id, String conversationId, String content, Instant now) {
		this.id = id;
		this.conversationId = conversationId;
		this.status = PayloadStatus.PENDING;
		this.content = content;
		this.createdAt = now;
	}

	static String newId() {
		return UUID.randomUUID().toString();
	}

	void markProcessed(String ticketId, Instant now) {
		this.status = PayloadStatus.PROCESSED;
		this.ticketId = ticketId;
		this.processedAt = now;
	}

	public String getId() {
		return this.id;
	}

	public String getConversationId() {
		return this.conversationId;
	}

	public PayloadStatus getStatus() {
		return this.status;
	}

	public String getContent() {
		return this.content;
	}

	public String getTicketId() {
		return this.ticketId;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getProcessedAt() {
		return this.processedAt;
	}

}
