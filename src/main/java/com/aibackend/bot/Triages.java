package com.aibackend.bot;

import java.time.Instant;
import java.util.List;

import com.aibackend.bot.triage.TriageDecision;
import com.aibackend.bot.triage.TriageDecisionRepository;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agents' triage decisions as others may read them: the bot's guess beside the agent's
 * choice, for a conversation's trace and for measuring the bot by its corrections.
 */
@Component
public class Triages {

	private final TriageDecisionRepository decisions;

	Triages(TriageDecisionRepository decisions) {
		this.decisions = decisions;
	}

	@Transactional(readOnly = true)
	public List<Triage> ofConversation(String conversationId) {
		return this.decisions.ofConversation(conversationId).stream().map(Triages::triage).toList();
	}

	private static Triage triage(TriageDecision decision) {
		return new Triage(decision.getBotIntent(), decision.getBotService(), decision.getBotConfidence(),
				decision.getIntent(), decision.getService(), decision.getPriority(), decision.getDecidedBy(),
				decision.getDecidedAt());
	}

	/**
	 * One triage.
	 *
	 * @param botIntent what the bot read as intent
	 * @param botService the service model's best guess
	 * @param botConfidence its confidence
	 * @param intent the agent's intent
	 * @param service the agent's service
	 * @param priority the agent's priority
	 * @param decidedBy the agent
	 * @param decidedAt when
	 */
	public record Triage(String botIntent, String botService, Double botConfidence, String intent, String service,
			String priority, String decidedBy, Instant decidedAt) {

		public boolean corrected() {
			return this.botService == null || !this.botService.equals(this.service);
		}

	}

}
