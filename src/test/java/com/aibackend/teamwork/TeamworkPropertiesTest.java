package com.aibackend.teamwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class TeamworkPropertiesTest {

	@Test
	void aSiteIsEnoughForTheApiAndTheLinks() {
		TeamworkProperties properties = new TeamworkProperties("acme", "", "key", null, 12L, null, null, null, null);
		assertThat(properties.enabled()).isTrue();
		assertThat(properties.apiBaseUrl()).isEqualTo("https://acme.teamwork.com/desk/api/v2");
		assertThat(properties.ticketLink(9001)).isEqualTo("https://acme.teamwork.com/desk/tickets/9001");
		assertThat(properties.retryCycle()).isEqualTo("R5/PT1M");
	}

	@Test
	void mapsSetFromTheEnvironmentMatchOurUpperCaseNames() {
		// AIBACKEND_TEAMWORK_INBOXES_NETWORK=14 binds as inboxes.network.
		TeamworkProperties properties = new TeamworkProperties(null, "https://desk.example.com/desk/api/v2/", "key",
				null, 12L, Map.of("network", 14L), Map.of("closed", 5L), null, null);
		assertThat(properties.inboxFor("NETWORK")).isEqualTo(14L);
		assertThat(properties.inboxFor("BILLING")).isEqualTo(12L);
		assertThat(properties.statuses()).containsEntry("CLOSED", 5L);
		assertThat(properties.apiBaseUrl()).isEqualTo("https://desk.example.com/desk/api/v2");
	}

	@Test
	void withoutAKeyOrASiteItIsOff() {
		assertThat(new TeamworkProperties("acme", null, "", null, null, null, null, null, null).enabled()).isFalse();
		assertThat(new TeamworkProperties(null, null, "key", null, null, null, null, null, null).enabled()).isFalse();
	}

}
