package com.aibackend.assignment;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * The outcome of the assignment decision table: one row's outputs.
 *
 * @param decision the decision's key
 * @param version the decision's version that was evaluated
 * @param rule the rule's name, from the table's own {@code rule} column
 * @param strategy how to choose
 * @param consultant the consultant for STATIC
 * @param pool the group the other strategies choose from, and whose queue waits
 * @param fallbackStrategy for STATIC, how to choose from the pool when the consultant
 * cannot take it
 * @param firstResponse time to first response
 * @param resolution time to resolution
 */
public record AssignmentDecision(String decision, int version, String rule, AssignmentStrategy strategy,
		String consultant, String pool, AssignmentStrategy fallbackStrategy, Duration firstResponse,
		Duration resolution) {

	/** Reads one matched row of the table. */
	public static AssignmentDecision of(String decision, int version, Map<String, Object> outputs) {
		return new AssignmentDecision(decision, version, text(outputs, "rule"), strategy(outputs, "strategy"),
				text(outputs, "consultant"), text(outputs, "pool"), strategy(outputs, "fallbackStrategy"),
				duration(outputs, "firstResponse"), duration(outputs, "resolution"));
	}

	private static String text(Map<String, Object> outputs, String name) {
		Object value = outputs.get(name);
		return (value == null || value.toString().isBlank()) ? null : value.toString().strip();
	}

	private static AssignmentStrategy strategy(Map<String, Object> outputs, String name) {
		String value = text(outputs, name);
		return (value != null) ? AssignmentStrategy.valueOf(value.toUpperCase(Locale.ROOT)) : null;
	}

	private static Duration duration(Map<String, Object> outputs, String name) {
		String value = text(outputs, name);
		return (value != null) ? Duration.parse(value) : null;
	}

}
