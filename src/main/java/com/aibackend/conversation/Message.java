package com.aibackend.conversation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One message of a conversation, in either direction. */
@Entity
@Table(name = "message")
public class Message {

	private static final int MAX_ERROR = 2000;

	@Id
	private String id;

	private String conversationId;

	@Enumerated(EnumType.STRING)
	private Direction direction;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	/**
	 * The channel's own message id, unique per channel: recognises redeliveries of
	 * inbound messages and matches delivery reports and e-mail replies to outbound ones.
	 */
	private String externalId;

	private String text;

	/** The message as received, when {@link #text} holds only its relevant part. */
	private String originalText;

	/** Delivery state of an outbound message; null for inbound ones. */
	@Enumerated(EnumType.STRING)
	private MessageState state;

	private int attempts;

	private String lastError;

	private Instant createdAt;

	private Instant updatedAt;

	protected Message() {
	}

	Message(String conversationId, Direction direction, Channel channel, String externalId, String text, Instant now) {
		this(conversationId, direction, channel, externalId, text, null, now);
	}

	Message(String conversationId, Direction direction, Channel channel, String externalId, String text,
			String originalText, Instant now) {
		this.id = UUID.randomUUID().toString();
		this.conversationId = conversationId;
		this.direction = direction;
		this.channel = channel;
		this.externalId = externalId;
		this.text = text;
		this.originalText = originalText;
		this.createdAt = now;
		this.updatedAt = now;
	}

	static Message outbound(String conversationId, Channel channel, String text, MessageState state, Instant now) {
		Message message = new Message(conversationId, Direction.OUT, channel, null, text, now);
		message.state = state;
		return message;
	}

	public void sent(String providerId, Instant now) {
		this.externalId = providerId;
		this.state = MessageState.SENT;
		this.attempts++;
		this.lastError = null;
		this.updatedAt = now;
	}

	public void attemptFailed(String error, boolean finalAttempt, Instant now) {
		this.attempts++;
		this.lastError = (error != null && error.length() > MAX_ERROR) ? error.substring(0, MAX_ERROR) : error;
		this.state = finalAttempt ? MessageState.FAILED : MessageState.PENDING;
		this.updatedAt = now;
	}

	public boolean reported(MessageState reported, Instant now) {
		if (this.state == null || !this.state.canMoveTo(reported)) {
			return false;
		}
		this.state = reported;
		this.updatedAt = now;
		return true;
	}

	public boolean awaitsDelivery() {
		return this.state == MessageState.PENDING || this.state == MessageState.FAILED;
	}

	public String getId() {
		return this.id;
	}

	public String getConversationId() {
		return this.conversationId;
	}

	public Direction getDirection() {
		return this.direction;
	}

	public Channel getChannel() {
		return this.channel;
	}

	public String getExternalId() {
		return this.externalId;
	}

	public String getText() {
		return this.text;
	}

	public String getOriginalText() {
		return this.originalText;
	}

	public MessageState getState() {
		return this.state;
	}

	public int getAttempts() {
		return this.attempts;
	}

	public String getLastError() {
		return this.lastError;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
