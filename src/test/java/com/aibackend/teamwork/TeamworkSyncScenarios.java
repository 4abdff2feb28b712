package com.aibackend.teamwork;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.List;

import com.aibackend.Scenario;
import com.aibackend.conversation.Conversation;
import com.aibackend.conversation.Conversations;
import com.aibackend.conversation.Direction;
import com.aibackend.conversation.Message;
import com.aibackend.intake.Intake;
import com.aibackend.process.TeamworkSyncProcess;
import com.aibackend.shared.WebhookRequests;
import com.aibackend.ticket.Ticket;
import com.aibackend.ticket.TicketCounterparts;
import com.aibackend.ticket.TicketService;
import com.aibackend.ticket.Tickets;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Our tickets mirrored to Teamwork Desk, against a WireMock stand-in for its v2 API that
 * records what it receives. The job executor is off: each test runs the sync steps.
 * Shared by the tests of both directions, which share one context.
 */
@AutoConfigureMockMvc
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:teamwork;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
		"camunda.bpm.job-execution.enabled=false", "aibackend.demo.enabled=true",
		"camunda.bpm.generic-properties.properties.enable-cmd-exception-logging=false",
		"logging.level.org.camunda.bpm.engine.jobexecutor=off", "logging.level.org.camunda.bpm.engine.context=off" })
@Import(Scenario.class)
abstract class TeamworkSyncScenarios {

	@Autowired
	Scenario scenario;

	@Autowired
	TicketCounterparts counterparts;

	static final String SECRET = "teamwork-webhook-secret";

	static final String WHATSAPP_SECRET = "whatsapp-app-secret";

	static final WireMockServer teamwork = new WireMockServer(options().dynamicPort());

	static {
		teamwork.start();
		// Both test classes share this context and this stand-in: it stops with the JVM.
		Runtime.getRuntime().addShutdownHook(new Thread(teamwork::stop));
	}

	@DynamicPropertySource
	static void connector(DynamicPropertyRegistry registry) {
		registry.add("aibackend.teamwork.base-url", () -> teamwork.baseUrl() + "/desk/api/v2");
		registry.add("aibackend.teamwork.api-key", () -> "test-api-key");
		registry.add("aibackend.teamwork.default-inbox", () -> "1");
		registry.add("aibackend.teamwork.inboxes.HARDWARE", () -> "7");
		registry.add("aibackend.teamwork.statuses.NEW", () -> "1");
		registry.add("aibackend.teamwork.statuses.CLOSED", () -> "5");
		registry.add("aibackend.teamwork.priorities.MEDIUM", () -> "2");
		registry.add("aibackend.teamwork.retry-cycle", () -> "R2/PT0S");
		registry.add("aibackend.teamwork.webhook-secret", () -> SECRET);
		registry.add("aibackend.whatsapp.verify-token", () -> "verify");
		registry.add("aibackend.whatsapp.app-secret", () -> WHATSAPP_SECRET);
		registry.add("aibackend.whatsapp.access-token", () -> "graph-token");
		registry.add("aibackend.whatsapp.phone-number-id", () -> "106540352242922");
		registry.add("aibackend.whatsapp.api-base-url", () -> teamwork.baseUrl() + "/graph");
	}

	@Autowired
	ProcessEngine engine;

	@Autowired
	Conversations conversations;

	@Autowired
	Intake intake;

	@Autowired
	TicketService tickets;

	@Autowired
	Tickets ticketQueries;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate sql;

	@BeforeEach
	void teamworkKnowsItsAgentsButNotTheCustomer() {
		// The stand-in gives every new ticket the id 9001: earlier tests' tickets let go
		// of it.
		this.sql.update("delete from teamwork_ticket");
		teamwork.resetAll();
		teamwork.stubFor(get(urlPathEqualTo("/desk/api/v2/customers.json")).willReturn(okJson("{\"customers\":[]}")));
		teamwork.stubFor(post(urlEqualTo("/desk/api/v2/customers.json"))
			.willReturn(okJson("{\"customer\":{\"id\":501}}").withStatus(201)));
		teamwork
			.stubFor(get(urlPathEqualTo("/desk/api/v2/users.json")).willReturn(okJson("{\"users\":[{\"id\":77}]}")));
		teamwork.stubFor(get(urlPathEqualTo("/desk/api/v2/tags.json")).willReturn(okJson("{\"tags\":[]}")));
		teamwork.stubFor(
				post(urlEqualTo("/desk/api/v2/tags.json")).willReturn(okJson("{\"tag\":{\"id\":9}}").withStatus(201)));
		teamwork.stubFor(post(urlEqualTo("/desk/api/v2/tickets.json"))
			.willReturn(okJson("{\"ticket\":{\"id\":9001}}").withStatus(201)));
		teamwork.stubFor(
				patch(urlEqualTo("/desk/api/v2/tickets/9001.json")).willReturn(okJson("{\"ticket\":{\"id\":9001}}")));
		teamwork.stubFor(post(urlEqualTo("/desk/api/v2/tickets/9001/messages.json"))
			.willReturn(okJson("{\"message\":{\"id\":1}}").withStatus(201)));
		teamwork.stubFor(post(urlEqualTo("/graph/106540352242922/messages")).willReturn(okJson(
				"{\"messaging_product\":\"whatsapp\",\"messages\":[{\"id\":\"wamid.OUT-{{randomValue length=12 type='ALPHANUMERIC'}}\"}]}")
			.withTransformers("response-template")));
	}

	/** Runs the sending step of every answer waiting to go out. */
	void sendAnswers() {
		for (Job job : management().createJobQuery().processDefinitionKey("message-delivery").executable().list()) {
			management().executeJob(job.getId());
		}
	}

	ResultActions webhook(String body) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.post("/webhooks/teamwork")
			.contentType(MediaType.APPLICATION_JSON)
			.header("X-Desk-Signature", "sha256=" + WebhookRequests.hmacSha256Hex(SECRET, body.getBytes()))
			.content(body));
	}

	List<String> outbound(Ticket ticket) {
		return this.conversations.messagesOf(ticket.getConversationId())
			.stream()
			.filter((message) -> message.getDirection() == Direction.OUT)
			.map(Message::getText)
			.toList();
	}

	/** Sync flows of the ticket not yet run. */
	long pendingSyncs(Ticket ticket) {
		return this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(TeamworkSyncProcess.KEY)
			.processInstanceBusinessKey(ticket.getReference())
			.count();
	}

	String sender;

	Ticket newHardwareTicket() {
		this.sender = Scenario.uniqueSender();
		Conversation conversation = this.scenario.receive(this.sender, "Tom Baker",
				"The printer on floor 3 jams on every page since Monday, we already replaced the toner.");
		ProcessInstance intake = this.scenario.instanceOf(conversation);
		this.scenario.runJob(intake);
		this.scenario.runJob(intake);
		return this.ticketQueries.get(this.scenario.reload(conversation).getTicketId());
	}

	/** Runs every pending sync of the ticket, oldest first. */
	void runSync(String reference) {
		for (ProcessInstance sync : this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(TeamworkSyncProcess.KEY)
			.processInstanceBusinessKey(reference)
			.list()) {
			management().executeJob(job(sync).getId());
		}
	}

	ProcessInstance syncOf(String reference) {
		return this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(TeamworkSyncProcess.KEY)
			.processInstanceBusinessKey(reference)
			.singleResult();
	}

	Job job(ProcessInstance instance) {
		return management().createJobQuery().processInstanceId(instance.getId()).singleResult();
	}

	ManagementService management() {
		return this.engine.getManagementService();
	}

}
