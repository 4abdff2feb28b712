package com.aibackend.intake.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits and waiting times of the intake.
 *
 * @param maxTextBytes longest accepted message text, in UTF-8 bytes
 * @param reminderAfter when a customer who has not answered a clarification is reminded
 * @param expireAfter when a conversation still waiting for information expires
 * @param reopenWithin how soon after closing a customer's message reopens their ticket
 * rather than starting a new conversation
 * @param inboxSweepEvery how often the inbox's sweep routes deliveries a crashed node
 * left
 * @param inboxGrace how old an unrouted delivery must be before the sweep takes it
 */
@ConfigurationProperties("aibackend.intake")
public record IntakeProperties(int maxTextBytes, Duration reminderAfter, Duration expireAfter, Duration reopenWithin,
		Duration inboxSweepEvery, Duration inboxGrace) {

}
