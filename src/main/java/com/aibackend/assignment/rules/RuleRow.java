package com.aibackend.assignment.rules;

/**
 * One row of the assignment table as the console and {@code /api/rules} show it. Inputs
 * left empty match anything; several values are separated by commas.
 *
 * @param name the rule's name, recorded on every ticket it assigns
 * @param description why the rule exists
 * @param service service ids the rule applies to
 * @param priority {@code LOW}, {@code MEDIUM} or {@code HIGH}
 * @param channel {@code API}, {@code EMAIL}, {@code WHATSAPP}, {@code QISCUS}
 * @param language the customer's language (ISO 639-1)
 * @param strategy how to choose
 * @param consultant for STATIC
 * @param pool the group to choose from and whose queue waits
 * @param fallbackStrategy for STATIC, when the consultant cannot take it
 * @param firstResponse time to first response (ISO-8601, for example {@code PT4H})
 * @param resolution time to resolution (for example {@code P2D})
 */
public record RuleRow(String name, String description, String service, String priority, String channel, String language,
		String strategy, String consultant, String pool, String fallbackStrategy, String firstResponse,
		String resolution) {

}
