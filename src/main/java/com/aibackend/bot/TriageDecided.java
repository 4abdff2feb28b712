package com.aibackend.bot;

/** An agent decided a triage; published in the transaction that stores the decision. */
record TriageDecided(String decisionId) {
}
