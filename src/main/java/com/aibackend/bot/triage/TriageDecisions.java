package com.aibackend.bot.triage;

import java.time.Clock;

import com.aibackend.bot.Bot;
import com.aibackend.bot.model.TextPrediction;
import com.aibackend.conversation.Conversation;
import com.aibackend.conversation.Conversations;
import com.aibackend.conversation.Readings;
import com.aibackend.conversation.Reading;
import com.aibackend.conversation.Understanding;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agent's triage: their choice replaces the bot's reading and is stored beside the
 * bot's guess, as a training example the service model learns from.
 */
@Service
public class TriageDecisions {

	private final Bot bot;

	private final Conversations conversations;

	private final Readings readings;

	private final TriageDecisionRepository decisions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TriageDecisions(Bot bot, Conversations conversations, Readings readings, TriageDecisionRepository decisions,
			ApplicationEventPublisher events, Clock clock) {
		this.bot = bot;
		this.conversations = conversations;
		this.readings = readings;
		this.decisions = decisions;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Reading decide(String conversationId, String botReadingId, String intent, String service, String priority,
			String agent) {
		Conversation conversation = this.conversations.get(conversationId);
		String botIntent = this.readings.understanding(botReadingId).intent();
		String text = this.conversations.inboundTextOfCurrentRound(conversationId, "\n");
		TextPrediction guess = this.bot.serviceGuess(conversationId);
		Reading reading = this.bot.applyTriage(botReadingId, intent, service, priority);
		Understanding decided = reading.understanding();
		TriageDecision decision = this.decisions
			.save(new TriageDecision(conversationId, text, conversation.getLanguage(), guess, botIntent,
					decided.intent(), service, decided.priority(), agent, this.clock.instant()));
		this.events.publishEvent(new TriageDecided(decision.getId()));
		return reading;
	}

}
