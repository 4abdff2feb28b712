package com.aibackend.intake.internal;

import org.springframework.stereotype.Component;

/**
 * Timer durations for the BPMN model, as ISO-8601 strings
 * ({@code ${intakeTimers.reminderAfter}}).
 */
@Component("intakeTimers")
public class IntakeTimers {

	private final IntakeProperties properties;

	IntakeTimers(IntakeProperties properties) {
		this.properties = properties;
	}

	public String getReminderAfter() {
		return this.properties.reminderAfter().toString();
	}

	public String getExpireAfter() {
		return this.properties.expireAfter().toString();
	}

}
