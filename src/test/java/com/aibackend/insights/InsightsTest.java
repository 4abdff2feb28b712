package com.aibackend.insights;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.aibackend.ProcessTestConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The support figures on a data set small enough to work out by hand, in January 2001 so
 * that no other test's data falls in the range: three tickets and an expired
 * conversation.
 */
@ProcessTestConfiguration
class InsightsTest {

	private static final AtomicLong TICKET_IDS = new AtomicLong(900_000_000 + (System.nanoTime() % 1_000_000) * 10);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate sql;

	private String run;

	@BeforeEach
	void january2001() {
		if (this.sql.queryForObject("select count(*) from conversation where created_at < ?", Long.class,
				Timestamp.from(Instant.parse("2002-01-01T00:00:00Z"))) > 0) {
			return;
		}
		// T1: network, Alice, one round of questions, answered after 30 min, closed after
		// 2 h.
		String t1 = conversation("WHATSAPP", "PROCESSED", "2001-01-10T08:00:00Z");
		reading(t1, 1, "description");
		reading(t1, 2, "");
		ticket(t1, "NETWORK", "alice@example.com", "kpi-net", "CLOSED", "2001-01-10T08:00:00Z", "2001-01-10T08:30:00Z",
				"2001-01-10T10:00:00Z", null, null);
		// T2: network, Alice, triaged (the bot guessed hardware), answered late (90 min,
		// breached), closed after 6 h, past its resolution due time.
		String t2 = conversation("EMAIL", "PROCESSED", "2001-01-10T09:00:00Z");
		// Only the service was missing: triage, the customer was not asked.
		reading(t2, 1, "service");
		triage(t2, "HARDWARE", "NETWORK", "2001-01-10T09:10:00Z");
		ticket(t2, "NETWORK", "alice@example.com", "kpi-net", "CLOSED", "2001-01-10T09:00:00Z", "2001-01-10T10:30:00Z",
				"2001-01-10T15:00:00Z", "2001-01-10T12:00:00Z", "2001-01-10T10:00:00Z");
		// T3: hardware, Bob, two rounds, triaged (the bot was right), answered after an
		// hour,
		// still open past its resolution due time.
		String t3 = conversation("WHATSAPP", "PROCESSED", "2001-01-11T08:00:00Z");
		reading(t3, 1, "service,description");
		reading(t3, 2, "description");
		reading(t3, 3, "");
		triage(t3, "HARDWARE", "HARDWARE", "2001-01-11T08:05:00Z");
		ticket(t3, "HARDWARE", "bob@example.com", "kpi-hw", "IN_PROGRESS", "2001-01-11T08:00:00Z",
				"2001-01-11T09:00:00Z", null, "2001-01-11T09:00:00Z", null);
		// C4: the customer never answered the question.
		String c4 = conversation("WHATSAPP", "EXPIRED", "2001-01-11T10:00:00Z");
		reading(c4, 1, "description");
	}

	@Test
	void theFiguresOfAKnownDataSet() throws Exception {
		analyst("/api/insights?from=2001-01-01&to=2001-01-31").andExpect(status().isOk())
			.andExpect(jsonPath("$.opened[*].day", contains("2001-01-10", "2001-01-11")))
			.andExpect(jsonPath("$.opened[*].service", contains("NETWORK", "HARDWARE")))
			.andExpect(jsonPath("$.opened[*].tickets", contains(2, 1)))
			.andExpect(jsonPath("$.closed[*].tickets", contains(2)))
			// Medians and 90th percentiles, interpolated: 30 and 90 min → 60 and 84.
			.andExpect(jsonPath("$.firstAnswer.perService[?(@.key == 'NETWORK')].medianMinutes", contains(60.0)))
			.andExpect(jsonPath("$.firstAnswer.perService[?(@.key == 'NETWORK')].p90Minutes", contains(84.0)))
			.andExpect(jsonPath("$.firstAnswer.perService[?(@.key == 'HARDWARE')].medianMinutes", contains(60.0)))
			.andExpect(jsonPath("$.firstAnswer.perConsultant[?(@.key == 'alice@example.com')].tickets", contains(2)))
			.andExpect(
					jsonPath("$.firstAnswer.perConsultant[?(@.key == 'bob@example.com')].p90Minutes", contains(60.0)))
			// 120 and 360 min → 240 and 336; the open hardware ticket has no resolution
			// time.
			.andExpect(jsonPath("$.resolution.perService[*].key", contains("NETWORK")))
			.andExpect(jsonPath("$.resolution.perService[0].medianMinutes").value(240.0))
			.andExpect(jsonPath("$.resolution.perService[0].p90Minutes").value(336.0))
			.andExpect(jsonPath("$.sla[?(@.service == 'NETWORK')].firstResponseBreaches", contains(1)))
			.andExpect(jsonPath("$.sla[?(@.service == 'NETWORK')].resolutionBreaches", contains(1)))
			.andExpect(jsonPath("$.sla[?(@.service == 'HARDWARE')].resolutionBreaches", contains(1)))
			.andExpect(jsonPath("$.backlog[?(@.pool == 'kpi-hw')].tickets", contains(1)))
			.andExpect(jsonPath("$.backlog[?(@.pool == 'kpi-net')]", empty()))
			.andExpect(jsonPath("$.clarification.rounds[*].rounds", contains(0, 1, 2)))
			.andExpect(jsonPath("$.clarification.rounds[*].tickets", contains(1, 1, 1)))
			.andExpect(jsonPath("$.clarification.averageRounds").value(1.0))
			.andExpect(jsonPath("$.clarification.conversations").value(4))
			.andExpect(jsonPath("$.clarification.expired").value(1))
			.andExpect(jsonPath("$.clarification.expiredShare").value(0.25))
			.andExpect(jsonPath("$.triage.triaged").value(2))
			.andExpect(jsonPath("$.triage.rate").value(0.5))
			.andExpect(jsonPath("$.botAccuracy.decisions").value(2))
			.andExpect(jsonPath("$.botAccuracy.corrected").value(1))
			.andExpect(jsonPath("$.botAccuracy.accuracy").value(0.5))
			.andExpect(jsonPath("$.botAccuracy.perService[?(@.service == 'NETWORK')].accuracy", contains(0.0)))
			.andExpect(jsonPath("$.botAccuracy.perService[?(@.service == 'HARDWARE')].accuracy", contains(1.0)))
			.andExpect(jsonPath("$.botAccuracy.perDay[*].accuracy", contains(0.0, 1.0)))
			.andExpect(jsonPath("$.channels[*].key", contains("EMAIL", "WHATSAPP")))
			.andExpect(jsonPath("$.channels[?(@.key == 'WHATSAPP')].share", contains(closeTo(0.75, 0.001))));
	}

	@Test
	void theRangeSelectsByDay() throws Exception {
		analyst("/api/insights?from=2001-01-11&to=2001-01-11").andExpect(status().isOk())
			.andExpect(jsonPath("$.opened[*].service", contains("HARDWARE")))
			.andExpect(jsonPath("$.closed", empty()))
			.andExpect(jsonPath("$.clarification.conversations").value(2))
			.andExpect(jsonPath("$.botAccuracy.perDay[*].day", contains("2001-01-11")));
		analyst("/api/insights").andExpect(status().isOk())
			.andExpect(jsonPath("$.opened[*].day", org.hamcrest.Matchers.not(hasItem("2001-01-10"))));
	}

	@Test
	void aWrongRangeIsRefusedWithItsReason() throws Exception {
		analyst("/api/insights?from=2001-02-01&to=2001-01-01").andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("'from' (2001-02-01) is after 'to' (2001-01-01)"));
		analyst("/api/insights?from=yesterday").andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		analyst("/api/insights?from=2000-01-01&to=2001-12-31").andExpect(status().isBadRequest());
	}

	@Test
	void analystsAndAdminsOnly() throws Exception {
		this.mvc.perform(get("/api/insights")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/insights").with(httpBasic("agent@example.com", "agent123")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/insights").with(httpBasic("admin@example.com", "admin123")))
			.andExpect(status().isOk());
	}

	private ResultActions analyst(String path) throws Exception {
		return this.mvc.perform(get(path).with(httpBasic("analyst@example.com", "analyst123")));
	}

	private String conversation(String channel, String status, String at) {
		String id = UUID.randomUUID().toString();
		this.sql.update(
				"insert into conversation (id, channel, sender_address, status, opened_at, created_at, "
						+ "updated_at, version) values (?, ?, ?, ?, ?, ?, ?, 0)",
				id, channel, id + "@kpi.example.com", status, ts(at), ts(at), ts(at));
		return id;
	}

	/**
	 * A reading; the customer was asked when something but the service alone was missing.
	 */
	private void reading(String conversation, int ordinal, String missing) {
		Timestamp at = this.sql.queryForObject("select created_at from conversation where id = ?", Timestamp.class,
				conversation);
		boolean asked = !missing.isEmpty() && !missing.equals("service");
		this.sql.update(
				"insert into reading (id, conversation_id, ordinal, round_opened_at, source, intent, "
						+ "missing_fields, created_at, asked_at) values (?, ?, ?, ?, 'BOT', 'NEW_REQUEST', ?, ?, ?)",
				UUID.randomUUID().toString(), conversation, ordinal, at, missing, at, asked ? at : null);
	}

	private void triage(String conversation, String botService, String service, String at) {
		this.sql.update(
				"insert into triage_decision (id, conversation_id, text, intent, service, bot_service, "
						+ "priority, decided_by, decided_at) values (?, ?, 'text', 'NEW_REQUEST', ?, ?, 'MEDIUM', "
						+ "'agent@example.com', ?)",
				UUID.randomUUID().toString(), conversation, service, botService, ts(at));
	}

	private void ticket(String conversation, String service, String consultant, String pool, String status,
			String created, String firstAnswer, String closed, String resolutionDue, String firstResponseBreached) {
		String payload = UUID.randomUUID().toString();
		this.sql.update("insert into payload (id, conversation_id, status, content, created_at) "
				+ "values (?, ?, 'PROCESSED', '{}', ?)", payload, conversation, ts(created));
		long id = TICKET_IDS.incrementAndGet();
		this.sql.update("insert into ticket (id, title, description, service, priority, status, consultant, "
				+ "conversation_id, payload_id, assignment_pool, created_at, "
				+ "updated_at, closed_at, first_responded_at, resolution_due, first_response_breached_at, version) "
				+ "values (?, 'title', 'description', ?, 'MEDIUM', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", id, service,
				status, consultant, conversation, payload, pool, ts(created), ts(created), ts(closed), ts(firstAnswer),
				ts(resolutionDue), ts(firstResponseBreached));
		this.sql.update("update conversation set ticket_id = ? where id = ?", "TCK-" + id, conversation);
	}

	private static Timestamp ts(String at) {
		return (at != null) ? Timestamp.from(Instant.parse(at)) : null;
	}

}
