package com.aibackend.trace;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything that happened to one conversation, finished or running: the path through
 * {@code ticket-intake}, the bot's readings round by round, triage, the assignment
 * decision, every message with its delivery state, and incidents.
 *
 * @param conversation the conversation itself
 * @param processes the {@code ticket-intake} runs of the conversation (one as a rule)
 * @param readings each round's reading, oldest first
 * @param clarificationRounds rounds in which the customer was asked for missing details
 * @param triage agents' triage decisions beside the bot's guess
 * @param assignment the assignment decision, once the ticket exists
 * @param messages every message in and out, oldest first
 * @param incidents failures of the conversation's steps and of sending its answers
 */
public record Trace(Summary conversation, List<Run> processes, List<ReadingStep> readings, int clarificationRounds,
		List<TriageStep> triage, AssignmentStep assignment, List<MessageStep> messages, List<IncidentStep> incidents) {

	public record Summary(String id, String channel, String customer, String customerName, String subject,
			String status, String language, String ticketId, Instant createdAt, Instant updatedAt) {
	}

	/**
	 * One process instance.
	 *
	 * @param passed the ids of the activities it went through, in order (for the diagram)
	 * @param taken the ids of the sequence flows it took
	 */
	public record Run(String id, String definitionId, String definitionKey, int version, String state,
			Instant startedAt, Instant endedAt, List<Step> steps, List<String> passed, List<String> taken) {
	}

	/**
	 * One activity of a run.
	 *
	 * @param assignee for a user task, whom it was assigned to
	 * @param completedBy for a user task, who completed it (from the engine's operation
	 * log)
	 */
	public record Step(String activityId, String name, String type, Instant startedAt, Instant endedAt, Long durationMs,
			String assignee, String completedBy, boolean canceled) {
	}

	public record ReadingStep(int round, String source, String intent, String service, String priority,
			Double confidence, String language, List<String> missingFields, Instant at) {
	}

	public record TriageStep(String botIntent, String botService, Double botConfidence, String intent, String service,
			String priority, String decidedBy, Instant decidedAt) {
	}

	public record AssignmentStep(String decision, int version, String rule, String strategy, String consultant,
			String pool, List<String> candidates, Map<String, String> skipped, Duration firstResponse,
			Duration resolution) {
	}

	public record MessageStep(String id, String direction, String text, String state, int attempts, String lastError,
			String channelMessageId, Instant at) {
	}

	public record IncidentStep(String type, String activityId, String message, String processInstanceId, String state,
			Instant createdAt, Instant endedAt) {
	}

}
