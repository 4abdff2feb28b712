package com.aibackend.teamwork;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says at start whether tickets are mirrored to Teamwork Desk, and what turns it on. */
@Component
class TeamworkConnector {

	private static final Logger log = LoggerFactory.getLogger(TeamworkConnector.class);

	private final TeamworkProperties properties;

	TeamworkConnector(TeamworkProperties properties) {
		this.properties = properties;
	}

	@EventListener(ApplicationReadyEvent.class)
	void report() {
		if (this.properties.enabled()) {
			log.info("Teamwork Desk: tickets are mirrored to {}", this.properties.apiBaseUrl());
		}
		else {
			log.info(
					"Teamwork Desk disabled: set TEAMWORK_SITE (or TEAMWORK_BASE_URL) and TEAMWORK_API_KEY to enable it");
		}
	}

}
