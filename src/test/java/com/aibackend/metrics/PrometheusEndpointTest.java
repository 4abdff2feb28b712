package com.aibackend.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aibackend.ProcessTestConfiguration;
import com.aibackend.Scenario;
import com.aibackend.conversation.Conversation;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Operations read the application's figures at {@code /actuator/prometheus}: admins and
 * the monitoring role only. A message that becomes a ticket moves the counters, and the
 * scheduled refresh the gauges.
 */
@ProcessTestConfiguration
class PrometheusEndpointTest {

	@Autowired
	Scenario scenario;

	@Autowired
	MockMvc mvc;

	@Autowired
	MeterRegistry meters;

	@Autowired
	OperationsMetrics operations;

	@Test
	void aTicketMovesTheFiguresAndTheScraperReadsThem() throws Exception {
		double received = count("aibackend.messages.received", "channel", "API");
		double decided = count("aibackend.bot.outcomes", "outcome", "decided");
		double clarified = count("aibackend.bot.outcomes", "outcome", "clarified");
		long classified = this.meters.find("aibackend.bot.classification").timer().count();

		Conversation conversation = this.scenario.receive(Scenario.uniqueSender(), "Jane Doe",
				"My laptop screen flickers since this morning, the external monitor works fine.");
		ProcessInstance instance = this.scenario.instanceOf(conversation);
		this.scenario.runJob(instance);
		this.scenario.runJob(instance);
		this.operations.refresh();

		assertThat(count("aibackend.messages.received", "channel", "API")).isEqualTo(received + 1);
		assertThat(count("aibackend.bot.outcomes", "outcome", "decided")).isEqualTo(decided + 1);
		assertThat(count("aibackend.bot.outcomes", "outcome", "clarified")).isEqualTo(clarified);
		assertThat(this.meters.find("aibackend.bot.classification").timer().count()).isEqualTo(classified + 1);
		assertThat(this.meters.find("aibackend.tickets").tag("status", "NEW").gauge().value()).isPositive();
		assertThat(this.meters.find("aibackend.tasks.open").tag("task", "Task_WorkOnTicket").gauge().value())
			.isPositive();

		this.mvc.perform(get("/actuator/prometheus").with(httpBasic("prometheus@example.com", "prometheus123")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aibackend_messages_received_total{channel=\"API\"}")))
			.andExpect(content().string(containsString("aibackend_bot_outcomes_total{outcome=\"decided\"}")))
			.andExpect(content().string(containsString("aibackend_bot_classification_seconds_count")))
			.andExpect(content().string(containsString("aibackend_tickets{status=\"NEW\"}")))
			.andExpect(content().string(containsString("aibackend_messages_outbound{state=\"SENT\"}")))
			.andExpect(content().string(containsString("aibackend_tasks_open{task=\"Task_WorkOnTicket\"}")))
			.andExpect(content().string(containsString("aibackend_incidents_open")))
			.andExpect(content().string(containsString("aibackend_jobs_due")))
			.andExpect(content().string(containsString("aibackend_jobs_acquired_total")));
	}

	@Test
	void onlyAdminsAndTheMonitoringRoleMayScrape() throws Exception {
		this.mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/actuator/prometheus").with(httpBasic("agent@example.com", "agent123")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator/prometheus").with(httpBasic("analyst@example.com", "analyst123")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator/prometheus").with(httpBasic("admin@example.com", "admin123")))
			.andExpect(status().isOk());
		// The scraper sees figures, nothing else.
		this.mvc.perform(get("/actuator/env").with(httpBasic("prometheus@example.com", "prometheus123")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/tickets").with(httpBasic("prometheus@example.com", "prometheus123")))
			.andExpect(status().isForbidden());
	}

	private double count(String name, String tag, String value) {
		var counter = this.meters.find(name).tag(tag, value).counter();
		return (counter != null) ? counter.count() : 0;
	}

}
