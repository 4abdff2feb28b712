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

	@Id
	private String id;

	private String conversationId;

	@Enumerated(EnumType.STRING)
	private Direction direction;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	/** The channel's own message id, unique per channel; recognises redeliveries. */
	private String externalId;

	private String text;

	private Instant createdAt;

	protected Message() {
	}

	Message(String conversationId, Direction direction, Channel channel, String externalId, String text, Instant now) {
		this.id = UUID.randomUUID().toString();
		this.conversationId = conversationId;
		this.direction = direction;
		this.channel = channel;
		this.externalId = externalId;
		this.text = text;
		this.createdAt = now;
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

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
