package com.aibackend.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.aibackend.ProcessTestConfiguration;
import com.aibackend.Scenario;
import com.aibackend.assignment.consultants.Consultants.ProfileChange;
import com.aibackend.assignment.consultants.Consultants;
import com.aibackend.assignment.rules.AssignmentRules;
import com.aibackend.conversation.Conversation;
import com.aibackend.identity.Roles;
import com.aibackend.ticket.Ticket;
import com.aibackend.ticket.Tickets;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jayway.jsonpath.JsonPath;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Rules edited over the API: validation per row with nothing deployed, dry-run that
 * explains, a deploy that the next ticket follows, versions and rollback.
 */
@ProcessTestConfiguration
class AssignmentRulesApiTest {

	@Autowired
	Scenario scenario;

	@Autowired
	ConsultantAssigner assignmentRecords;

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	Tickets tickets;

	@Autowired
	Consultants consultants;

	@Autowired
	JdbcTemplate database;

	@Autowired
	AssignmentRules rules;

	private int original;

	@BeforeEach
	void remember() {
		this.original = this.rules.current().version();
	}

	/** Other tests expect the shipped rules: they come back as the newest version. */
	@AfterEach
	void restore() {
		this.database.update("delete from consultant_profile");
		if (this.rules.current().version() != this.original) {
			this.rules.rollBack(this.original, "admin@example.com");
		}
	}

	@Test
	void theTableReadsAsRows() throws Exception {
		this.mvc.perform(admin(get("/api/rules")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[0].name").value("Account urgent"))
			.andExpect(jsonPath("$.rows[0].service").value("ACCOUNT"))
			.andExpect(jsonPath("$.rows[0].priority").value("HIGH"))
			.andExpect(jsonPath("$.rows[0].strategy").value("STATIC"))
			.andExpect(jsonPath("$.rows[0].consultant").value("carol@example.com"))
			.andExpect(jsonPath("$.rows[0].fallbackStrategy").value("LEAST_LOADED"))
			.andExpect(jsonPath("$.rows[0].firstResponse").value("PT1H"))
			.andExpect(jsonPath("$.rows[7].name").value("Fallback"))
			.andExpect(jsonPath("$.rows[7].service").doesNotExist());
	}

	@Test
	void wrongRowsAreRefusedWithOneReasonPerRowAndNothingIsDeployed() throws Exception {
		List<Map<String, String>> rows = List.of(
				Map.of("name", "Network lead", "service", "NETWORK", "strategy", "STATIC"),
				Map.of("name", "Network team", "service", "NETWORK", "strategy", "ROUND_ROBIN", "pool", "network-team"),
				Map.of("name", "Mail", "service", "EMAIL, FAX", "strategy", "RANDOM", "pool", "no-such-team",
						"firstResponse", "soon"));
		this.mvc.perform(admin(put("/api/rules")).content(this.json.writeValueAsString(Map.of("rows", rows))))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.title").value("Invalid rules"))
			.andExpect(jsonPath("$.errors['1']").value(hasItem("STATIC needs a consultant")))
			.andExpect(jsonPath("$.errors['2'][0]")
				.value("never reached: row 1 (Network lead) matches every request this row matches"))
			.andExpect(jsonPath("$.errors['3']").value(hasItems("pool 'no-such-team' is no group",
					"firstResponse 'soon' is no ISO-8601 duration such as PT4H or P2D",
					"the last row must match every request: leave service, priority, channel and language empty")))
			.andExpect(
					jsonPath("$.errors['3'][0]").value(org.hamcrest.Matchers.startsWith("service 'FAX' is unknown")));
		assertThat(this.rules.current().version()).isEqualTo(this.original);
	}

	@Test
	void theDryRunExplainsWhoWouldGetItAndWhoWasPassedOver() throws Exception {
		this.consultants.update("dave@example.com", new ProfileChange(true, null, null, null, null, null), "admin",
				Set.of(Roles.ADMINS));
		long ticketsBefore = this.tickets.find(null, null, null, 1000).size();

		this.mvc
			.perform(admin(post("/api/rules/dry-run"))
				.content("{\"service\":\"BILLING\",\"priority\":\"LOW\",\"channel\":\"EMAIL\",\"language\":\"de\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rule").value("Billing"))
			.andExpect(jsonPath("$.strategy").value("STATIC"))
			.andExpect(jsonPath("$.strategyUsed").value("ROUND_ROBIN"))
			.andExpect(jsonPath("$.wouldAssign").doesNotExist())
			.andExpect(jsonPath("$.skipped['dave@example.com']").value("away"))
			.andExpect(jsonPath("$.explanation").value(org.hamcrest.Matchers.containsString("billing-team queue")));
		this.mvc.perform(admin(post("/api/rules/dry-run")).content("{\"service\":\"NETWORK\"}"))
			.andExpect(jsonPath("$.rule").value("Network"))
			.andExpect(jsonPath("$.wouldAssign").exists());
		assertThat(this.tickets.find(null, null, null, 1000)).hasSize((int) ticketsBefore);
	}

	/**
	 * The deployed rows with Network changed to Bob (STATIC, round-robin as fallback).
	 */
	private List<Map<String, Object>> networkToBob() throws Exception {
		String current = this.mvc.perform(admin(get("/api/rules"))).andReturn().getResponse().getContentAsString();
		List<Map<String, Object>> rows = new ArrayList<>(JsonPath.read(current, "$.rows"));
		int network = indexOf(rows, "Network");
		Map<String, Object> changed = new java.util.HashMap<>(rows.get(network));
		changed.put("strategy", "STATIC");
		changed.put("consultant", "bob@example.com");
		changed.put("fallbackStrategy", "ROUND_ROBIN");
		rows.set(network, changed);
		return rows;
	}

	@Test
	void theDryRunTriesTheRulesAsEditedBeforeTheyAreDeployed() throws Exception {
		List<Map<String, Object>> rows = networkToBob();
		String request = this.json.writeValueAsString(Map.of("service", "NETWORK", "rows", rows));

		this.mvc.perform(admin(post("/api/rules/dry-run")).content(request))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.draft").value(true))
			.andExpect(jsonPath("$.strategy").value("STATIC"))
			.andExpect(jsonPath("$.wouldAssign").value("bob@example.com"));
		// Nothing was deployed: the deployed table still decides round-robin.
		assertThat(this.rules.current().version()).isEqualTo(this.original);
		this.mvc.perform(admin(post("/api/rules/dry-run")).content("{\"service\":\"NETWORK\"}"))
			.andExpect(jsonPath("$.draft").value(false))
			.andExpect(jsonPath("$.strategy").value("ROUND_ROBIN"));
	}

	@Test
	void aDeployedRuleDecidesTheNextTicketAndARollbackRestoresTheEarlierOne() throws Exception {
		List<Map<String, Object>> rows = networkToBob();

		String deployed = this.mvc
			.perform(admin(put("/api/rules")).content(this.json.writeValueAsString(Map.of("rows", rows))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int version = JsonPath.read(deployed, "$.version");
		assertThat(version).isEqualTo(this.original + 1);

		Ticket ticket = networkTicket();
		assertThat(ticket.getConsultant()).isEqualTo("bob@example.com");
		assertThat(assignmentOf(ticket).version()).isEqualTo(version);
		assertThat(assignmentOf(ticket).rule()).isEqualTo("Network");
		assertThat(assignmentOf(ticket).strategy().name()).isEqualTo("STATIC");

		this.mvc.perform(admin(get("/api/rules/versions")))
			.andExpect(jsonPath("$[0].version").value(version))
			.andExpect(jsonPath("$[0].deployedBy").value("admin@example.com"))
			.andExpect(jsonPath("$[0].latest").value(true));

		this.mvc.perform(admin(post("/api/rules/versions/" + this.original + "/rollback")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(version + 1));
		assertThat(assignmentOf(networkTicket()).strategy().name()).isEqualTo("ROUND_ROBIN");
	}

	@Test
	void onlyAdminsEditRules() throws Exception {
		this.mvc.perform(get("/api/rules").with(httpBasic("analyst@example.com", "analyst123")))
			.andExpect(status().isOk());
		this.mvc
			.perform(put("/api/rules").with(httpBasic("analyst@example.com", "analyst123"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"rows\":[]}"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/rules/versions/1/rollback").with(httpBasic("agent@example.com", "agent123")))
			.andExpect(status().isForbidden());
		assertThat(this.rules.current().version()).isEqualTo(this.original);
	}

	private Ticket networkTicket() {
		Conversation conversation = this.scenario.receive(Scenario.uniqueSender(), null,
				"My name is Jane Doe. My VPN connection drops every few minutes since yesterday's update.");
		ProcessInstance instance = this.scenario.instanceOf(conversation);
		this.scenario.runJob(instance);
		this.scenario.runJob(instance);
		return this.tickets.get(this.scenario.reload(conversation).getTicketId());
	}

	private static int indexOf(List<Map<String, Object>> rows, String name) {
		for (int i = 0; i < rows.size(); i++) {
			if (name.equals(rows.get(i).get("name"))) {
				return i;
			}
		}
		throw new IllegalStateException("No rule " + name);
	}

	private static MockHttpServletRequestBuilder admin(MockHttpServletRequestBuilder request) {
		return request.with(httpBasic("admin@example.com", "admin123")).contentType(MediaType.APPLICATION_JSON);
	}

	/** The assignment record the ticket refers to. */
	private Assignment assignmentOf(Ticket ticket) {
		return this.assignmentRecords.get(ticket.getAssignmentId());
	}

}
