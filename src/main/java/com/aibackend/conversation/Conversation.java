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
import jakarta.persistence.Version;

/** A customer's exchange with us on one channel, and what the bot understood of it. */
@Entity
@Table(name = "conversation")
public class Conversation {

	@Id
	private String id;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	private String senderAddress;

	private String senderName;

	/**
	 * The channel's own thread: the WhatsApp number, the Qiscus room; null for e-mail.
	 */
	private String channelThread;

	private String subject;

	@Enumerated(EnumType.STRING)
	private ConversationStatus status;

	private String intent;

	private String service;

	private String priority;

	/** INCIDENT, REQUEST, PROBLEM or CHANGE; null when the bot could not tell. */
	@Column(name = "ticket_type")
	private String type;

	private Double confidence;

	/** The customer's language, ISO 639-1; answers are written in it. */
	private String language;

	private String requesterName;

	private String company;

	private String contact;

	private String description;

	private String title;

	/** A ticket the customer asked about (status inquiries). */
	private String ticketReference;

	private String missingFields;

	/** The ticket created from this conversation. */
	private String ticketId;

	private String processInstanceId;

	/** Start of the current round: classification reads messages from here on. */
	private Instant openedAt;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private Long version;

	protected Conversation() {
	}

	Conversation(Channel channel, String senderAddress, String senderName, String subject, String channelThread,
			Instant now) {
		this.id = UUID.randomUUID().toString();
		this.channel = channel;
		this.channelThread = channelThread;
		this.senderAddress = senderAddress;
		this.senderName = senderName;
		this.subject = subject;
		this.status = ConversationStatus.RECEIVED;
		this.openedAt = now;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void touch(Instant now) {
		this.updatedAt = now;
	}

	void changeStatus(ConversationStatus status, Instant now) {
		this.status = status;
		this.updatedAt = now;
	}

	/**
	 * A new round after an answered or expired one: what was understood before no longer
	 * applies.
	 */
	void reopen(Instant now) {
		this.status = ConversationStatus.RECEIVED;
		this.intent = null;
		this.service = null;
		this.priority = null;
		this.type = null;
		this.confidence = null;
		this.ticketReference = null;
		this.missingFields = null;
		this.openedAt = now;
		this.updatedAt = now;
	}

	void applyUnderstanding(Understanding understanding, Instant now) {
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
		this.ticketReference = understanding.ticketReference();
		this.title = understanding.title();
		this.missingFields = String.join(",", understanding.missingFields());
		this.updatedAt = now;
	}

	void linkProcess(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	void linkTicket(String ticketId, Instant now) {
		this.ticketId = ticketId;
		this.status = ConversationStatus.PROCESSED;
		this.updatedAt = now;
	}

	public String getId() {
		return this.id;
	}

	public Channel getChannel() {
		return this.channel;
	}

	public String getSenderAddress() {
		return this.senderAddress;
	}

	public String getSenderName() {
		return this.senderName;
	}

	public String getChannelThread() {
		return this.channelThread;
	}

	public String getSubject() {
		return this.subject;
	}

	public ConversationStatus getStatus() {
		return this.status;
	}

	public String getIntent() {
		return this.intent;
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

	public Double getConfidence() {
		return this.confidence;
	}

	public String getLanguage() {
		return this.language;
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

	public String getDescription() {
		return this.description;
	}

	public String getTicketReference() {
		return this.ticketReference;
	}

	public List<String> getMissingFields() {
		if (this.missingFields == null || this.missingFields.isBlank()) {
			return List.of();
		}
		return Arrays.asList(this.missingFields.split(","));
	}

	public String getTicketId() {
		return this.ticketId;
	}

	public String getProcessInstanceId() {
		return this.processInstanceId;
	}

	public Instant getOpenedAt() {
		return this.openedAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public String getTitle() {
		return this.title;
	}

}
