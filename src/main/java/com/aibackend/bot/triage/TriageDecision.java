package com.aibackend.bot.triage;

import java.time.Instant;
import java.util.UUID;

import com.aibackend.bot.model.TextPrediction;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An agent's classification of a message the bot was unsure about, beside the bot's
 * guess.
 */
@Entity
@Table(name = "triage_decision")
public class TriageDecision {

	@Id
	private String id;

	private String conversationId;

	private String text;

	private String language;

	private String botIntent;

	private String botService;

	private Double botConfidence;

	private String intent;

	private String service;

	private String priority;

	private String decidedBy;

	private Instant decidedAt;

	protected TriageDecision() {
	}

	public TriageDecision(String conversationId, String text, String language, TextPrediction botGuess,
			String botIntent, String intent, String service, String priority, String decidedBy, Instant now) {
		this.id = UUID.randomUUID().toString();
		this.conversationId = conversationId;
		this.text = text;
		this.language = language;
		this.botIntent = botIntent;
		this.botService = (botGuess != null) ? botGuess.label() : null;
		this.botConfidence = (botGuess != null) ? botGuess.confidence() : null;
		this.intent = intent;
		this.service = service;
		this.priority = priority;
		this.decidedBy = decidedBy;
		this.decidedAt = now;
	}

	public String getId() {
		return this.id;
	}

	public String getConversationId() {
		return this.conversationId;
	}

	public String getText() {
		return this.text;
	}

	public String getLanguage() {
		return this.language;
	}

	public String getBotIntent() {
		return this.botIntent;
	}

	public String getBotService() {
		return this.botService;
	}

	public Double getBotConfidence() {
		return this.botConfidence;
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

	public String getDecidedBy() {
		return this.decidedBy;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

}
