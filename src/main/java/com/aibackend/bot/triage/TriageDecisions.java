package com.aibackend.bot.triage;

import java.time.Clock;

import com.aibackend.bot.Bot;
import com.aibackend.bot.model.TextPrediction;
import com.aibackend.conversation.Conversation;
import com.aibackend.conversation.ConversationService;
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

	private final ConversationService conversations;

	private final TriageDecisionRepository decisions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TriageDecisions(Bot bot, ConversationService conversations, TriageDecisionRepository decisions,
			ApplicationEventPublisher events, Clock clock) {
		this.bot = bot;
		this.conversations = conversations;
		this.decisions = decisions;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Understanding decide(String conversationId, String intent, String service, String priority, String agent) {
		Conversation conversation = this.conversations.get(conversationId);
		String botIntent = conversation.getIntent();
		String text = this.conversations.inboundTextOfCurrentRound(conversationId, "\n");
		TextPrediction guess = this.bot.serviceGuess(conversationId);
		Understanding decided = this.bot.applyTriage(conversationId, intent, service, priority);
		TriageDecision decision = this.decisions
			.save(new TriageDecision(conversationId, text, conversation.getLanguage(), guess, botIntent,
					decided.intent(), service, decided.priority(), agent, this.clock.instant()));
		this.events.publishEvent(new TriageDecided(decision.getId()));
		return decided;
	}

}
