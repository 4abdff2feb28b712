package com.aibackend.bot.triage;

/** An agent decided a triage; published in the transaction that stores the decision. */
public record TriageDecided(String decisionId) {
}
