package com.aibackend.conversation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A customer's exchange with us on one channel. What the bot understood of each round is
 * a {@link Reading} of its own.
 */
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

	/** The customer's language, ISO 639-1; answers are written in it. */
	private String language;

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

	/** A status it already has changes nothing (no write on the acknowledgement path). */
	void changeStatus(ConversationStatus status, Instant now) {
		if (this.status == status) {
			return;
		}
		this.status = status;
		this.updatedAt = now;
	}

	/**
	 * A new round after an answered or expired one: what was understood before no longer
	 * applies.
	 */
	void reopen(Instant now) {
		this.openedAt = now;
		this.updatedAt = now;
	}

	void readIn(String language, Instant now) {
		if (language != null) {
			this.language = language;
		}
		this.updatedAt = now;
	}

	void linkProcess(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	void linkTicket(String ticketId, Instant now) {
		this.ticketId = ticketId;
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

	public String getLanguage() {
		return this.language;
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

}
