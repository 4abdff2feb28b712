package com.aibackend.conversation;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One reading of a conversation's round: what the bot understood, or what an agent
 * entered in its place. Written once; the payload is built from one.
 */
@Entity
@Table(name = "reading")
public class Reading {

	/** Who read the round. */
	public enum Source {

		BOT, AGENT, TRIAGE

	}

	@Id
	private String id;

	private String conversationId;

	/** 1 for the conversation's first reading, then counting up. */
	private int ordinal;

	private Instant roundOpenedAt;

	@Enumerated(EnumType.STRING)
	private Source source;

	private String intent;

	private String service;

	private String priority;

	@Column(name = "ticket_type")
	private String type;

	private Double confidence;

	private String language;

	private String requesterName;

	private String company;

	private String contact;

	private String description;

	private String title;

	private String ticketReference;

	private String missingFields;

	private Instant createdAt;

	/** When the customer was asked for what this reading found missing. */
	private Instant askedAt;

	protected Reading() {
	}

	Reading(Conversation conversation, int ordinal, Source source, Understanding understanding, Instant now) {
		this.id = UUID.randomUUID().toString();
		this.conversationId = conversation.getId();
		this.ordinal = ordinal;
		this.roundOpenedAt = conversation.getOpenedAt();
		this.source = source;
		this.intent = understanding.intent();
		this.service = understanding.service();
		this.priority = understanding.priority();
		this.type = understanding.type();
		this.confidence = understanding.confidence();
		this.language = understanding.language();
		this.requesterName = understanding.requesterName();
		this.company = understanding.company();
		this.contact = understanding.contact();
		this.description = understanding.description();
		this.title = understanding.title();
		this.ticketReference = understanding.ticketReference();
		this.missingFields = String.join(",", understanding.missingFields());
		this.createdAt = now;
	}

	void asked(Instant now) {
		this.askedAt = now;
	}

	public Instant getAskedAt() {
		return this.askedAt;
	}

	public String getId() {
		return this.id;
	}

	public String getConversationId() {
		return this.conversationId;
	}

	public int getOrdinal() {
		return this.ordinal;
	}

	public Source getSource() {
		return this.source;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/** Whether it read the conversation's current round. */
	public boolean ofCurrentRound(Conversation conversation) {
		return this.roundOpenedAt.equals(conversation.getOpenedAt());
	}

	public Understanding understanding() {
		return new Understanding(this.intent, this.service, this.priority, this.type,
				(this.confidence != null) ? this.confidence : 0.0, this.language, this.requesterName, this.company,
				this.contact, this.description, this.ticketReference, this.title, missingFields());
	}

	private List<String> missingFields() {
		return (this.missingFields == null || this.missingFields.isBlank()) ? List.of()
				: Arrays.asList(this.missingFields.split(","));
	}

}
