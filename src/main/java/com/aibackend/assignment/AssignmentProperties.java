package com.aibackend.assignment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param defaultCapacity open tickets a consultant takes unless their profile says
 * otherwise
 * @param escalationGroup the group told when a ticket breaches its first-response time
 * @param defaultFirstResponse time to first response for a rule that names none
 * @param defaultResolution time to resolution for a rule that names none
 */
@ConfigurationProperties("aibackend.assignment")
public record AssignmentProperties(Integer defaultCapacity, String escalationGroup, Duration defaultFirstResponse,
		Duration defaultResolution) {

	public AssignmentProperties {
		defaultFirstResponse = (defaultFirstResponse == null) ? Duration.ofHours(8) : defaultFirstResponse;
		defaultResolution = (defaultResolution == null) ? Duration.ofDays(5) : defaultResolution;
		defaultCapacity = (defaultCapacity == null) ? 10 : defaultCapacity;
		escalationGroup = (escalationGroup == null || escalationGroup.isBlank()) ? "camunda-admin" : escalationGroup;
	}

}
