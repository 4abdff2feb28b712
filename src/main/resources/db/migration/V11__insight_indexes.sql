-- The support figures (GET /api/insights) select by time range; these keep them fast at 100,000 tickets.
create index ix_ticket_created_at on ticket (created_at);
create index ix_ticket_closed_at on ticket (closed_at);
create index ix_conversation_created_at on conversation (created_at);
create index ix_triage_decision_conversation on triage_decision (conversation_id);
