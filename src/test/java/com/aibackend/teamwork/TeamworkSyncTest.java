package com.aibackend.teamwork;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import com.aibackend.Scenario;
import com.aibackend.conversation.Conversation;
import com.aibackend.conversation.Conversations;
import com.aibackend.conversation.Direction;
import com.aibackend.conversation.Message;
import com.aibackend.conversation.Readings;
import com.aibackend.intake.Intake;
import com.aibackend.process.TeamworkSyncProcess;
import com.aibackend.shared.WebhookRequests;
import com.aibackend.ticket.Editor;
import com.aibackend.ticket.Ticket;
import com.aibackend.ticket.TicketCounterparts.Counterpart;
import com.aibackend.ticket.TicketCounterparts;
import com.aibackend.ticket.TicketService;
import com.aibackend.ticket.TicketStatus;
import com.aibackend.ticket.Tickets;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
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
 */
@AutoConfigureMockMvc
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:teamwork;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
		"camunda.bpm.job-execution.enabled=false", "aibackend.demo.enabled=true",
		"camunda.bpm.generic-properties.properties.enable-cmd-exception-logging=false",
		"logging.level.org.camunda.bpm.engine.jobexecutor=off", "logging.level.org.camunda.bpm.engine.context=off" })
class TeamworkSyncTest {

	@Autowired
	TicketCounterparts counterparts;

	static final String SECRET = "teamwork-webhook-secret";

	static final String WHATSAPP_SECRET = "whatsapp-app-secret";

	static final WireMockServer teamwork = new WireMockServer(options().dynamicPort());

	static {
		teamwork.start();
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

	@AfterAll
	static void stop() {
		teamwork.stop();
	}

	@Autowired
	ProcessEngine engine;

	@Autowired
	Conversations conversations;

	@Autowired
	Readings readings;

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

	@Test
	void aWhatsAppCustomerGetsATeamworkTicketItsAgentsReplyAndItsClosing() throws Exception {
		String phone = "49176" + (10_000_000 + (System.nanoTime() % 89_999_999));
		String delivery = "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"1\",\"changes\":[{"
				+ "\"field\":\"messages\",\"value\":{\"messaging_product\":\"whatsapp\",\"metadata\":{"
				+ "\"display_phone_number\":\"15550000000\",\"phone_number_id\":\"106540352242922\"},"
				+ "\"contacts\":[{\"profile\":{\"name\":\"Tom Baker\"},\"wa_id\":\"" + phone + "\"}],"
				+ "\"messages\":[{\"from\":\"" + phone + "\",\"id\":\"wamid.IN-" + phone
				+ "\",\"timestamp\":\"1700000000\",\"type\":\"text\",\"text\":{\"body\":"
				+ "\"The printer on floor 3 jams on every page since Monday, we already replaced the toner.\"}}]}}]}]}";
		this.mvc
			.perform(MockMvcRequestBuilders.post("/webhooks/whatsapp")
				.contentType(MediaType.APPLICATION_JSON)
				.header("X-Hub-Signature-256",
						"sha256=" + WebhookRequests.hmacSha256Hex(WHATSAPP_SECRET, delivery.getBytes()))
				.content(delivery))
			.andExpect(status().isOk());
		Scenario scenario = new Scenario(this.engine, this.conversations, this.readings, this.intake);
		// The acknowledged delivery is routed after the answer.
		ProcessInstance intake = await().atMost(Duration.ofSeconds(10))
			.until(() -> this.engine.getRuntimeService()
				.createProcessInstanceQuery()
				.variableValueEquals("customer", phone)
				.singleResult(), Objects::nonNull);
		scenario.runJob(intake);
		scenario.runJob(intake);
		Ticket ticket = this.ticketQueries.find(TicketStatus.NEW, null, "HARDWARE", 50)
			.stream()
			.filter((t) -> intake.getId().equals(t.getProcessInstanceId()))
			.findFirst()
			.orElseThrow();
		runSync(ticket.getReference());
		teamwork.verify(getRequestedFor(urlPathEqualTo("/desk/api/v2/customers.json")).withQueryParam("filter",
				containing("\"phone\":{\"$eq\":\"" + phone + "\"}")));
		teamwork.verify(postRequestedFor(urlEqualTo("/desk/api/v2/tickets.json"))
			.withRequestBody(matchingJsonPath("$.ticket.inbox.id", equalTo("7")))
			.withRequestBody(matchingJsonPath("$.ticket.agent.id", equalTo("77"))));

		webhook("{\"event\":\"ticket.reply\",\"ticket\":{\"id\":9001},\"message\":{\"id\":815,"
				+ "\"threadType\":\"message\",\"message\":\"A technician comes at 3 pm.\"}}")
			.andExpect(status().isOk());
		sendAnswers();
		teamwork.verify(postRequestedFor(urlEqualTo("/graph/106540352242922/messages"))
			.withRequestBody(matchingJsonPath("$.to", equalTo(phone)))
			.withRequestBody(matchingJsonPath("$.text.body", equalTo("A technician comes at 3 pm."))));

		webhook("{\"event\":\"ticket.status\",\"updatedAt\":\"" + java.time.Instant.now()
				+ "\",\"ticket\":{\"id\":9001,\"status\":{\"id\":5}}}")
			.andExpect(status().isOk());
		sendAnswers();
		assertThat(this.ticketQueries.get(ticket.getReference()).getStatus()).isEqualTo(TicketStatus.CLOSED);
		assertThat(this.engine.getTaskService().createTaskQuery().processInstanceId(intake.getId()).count()).isZero();
		teamwork.verify(postRequestedFor(urlEqualTo("/graph/106540352242922/messages"))
			.withRequestBody(matchingJsonPath("$.to", equalTo(phone)))
			.withRequestBody(matchingJsonPath("$.text.body", containing(ticket.getReference()))));
	}

	/** Runs the sending step of every answer waiting to go out. */
	private void sendAnswers() {
		for (Job job : management().createJobQuery().processDefinitionKey("message-delivery").executable().list()) {
			management().executeJob(job.getId());
		}
	}

	@Test
	void aNewTicketIsCreatedInTheRightInboxForTheRightAgentAndCustomer() {
		Ticket ticket = newHardwareTicket();
		runSync(ticket.getReference());

		teamwork.verify(getRequestedFor(urlPathEqualTo("/desk/api/v2/customers.json")).withQueryParam("filter",
				containing("\"email\":{\"$eq\":\"" + this.sender + "\"}")));
		teamwork.verify(postRequestedFor(urlEqualTo("/desk/api/v2/customers.json"))
			.withHeader("Authorization", equalTo("Bearer test-api-key"))
			.withRequestBody(matchingJsonPath("$.customer.email", equalTo(this.sender)))
			.withRequestBody(matchingJsonPath("$.customer.firstName", equalTo("Tom")))
			.withRequestBody(matchingJsonPath("$.customer.lastName", equalTo("Baker"))));
		// The agent (looked up by the consultant's e-mail, once) and the tags (found or
		// created, once).
		teamwork.verify(postRequestedFor(urlEqualTo("/desk/api/v2/tickets.json"))
			.withRequestBody(matchingJsonPath("$.ticket.subject", equalTo(ticket.getTitle())))
			.withRequestBody(matchingJsonPath("$.ticket.inbox.id", equalTo("7")))
			.withRequestBody(matchingJsonPath("$.ticket.customer.id", equalTo("501")))
			.withRequestBody(matchingJsonPath("$.ticket.agent.id", equalTo("77")))
			.withRequestBody(matchingJsonPath("$.ticket.priority.id", equalTo("2")))
			.withRequestBody(matchingJsonPath("$.ticket.status.id", equalTo("1")))
			.withRequestBody(matchingJsonPath("$.ticket.tags[0].id", equalTo("9")))
			.withRequestBody(matchingJsonPath("$.ticket.notifyCustomer", equalTo("false"))));
		Counterpart linked = this.counterparts.of(ticket.getReference()).orElseThrow();
		assertThat(linked.id()).isEqualTo(9001L);
		assertThat(linked.url()).isEqualTo(teamwork.baseUrl() + "/desk/tickets/9001");
		assertThat(this.engine.getRuntimeService().getVariable(ticket.getProcessInstanceId(), "teamworkUrl"))
			.isEqualTo(linked.url());
	}

	@Test
	void closingOursClosesTheirsWithTheResolutionAsANote() {
		Ticket ticket = newHardwareTicket();
		runSync(ticket.getReference());
		this.tickets.changeStatus(ticket.getReference(), TicketStatus.CLOSED, "Replaced the fuser unit",
				new Editor("agent@example.com", java.util.Set.of("agents")));
		runSync(ticket.getReference());

		teamwork.verify(patchRequestedFor(urlEqualTo("/desk/api/v2/tickets/9001.json"))
			.withRequestBody(matchingJsonPath("$.ticket.status.id", equalTo("5"))));
		teamwork.verify(postRequestedFor(urlEqualTo("/desk/api/v2/tickets/9001/messages.json"))
			.withRequestBody(matchingJsonPath("$.threadType", equalTo("note")))
			.withRequestBody(matchingJsonPath("$.message", containing("Replaced the fuser unit"))));
	}

	@Test
	void handingTheTicketToAnotherConsultantHandsItToTheirAgent() {
		teamwork.stubFor(
				get(urlPathEqualTo("/desk/api/v2/users.json")).withQueryParam("filter", containing("frank@example.com"))
					.willReturn(okJson("{\"users\":[{\"id\":79}]}")));
		Ticket ticket = newHardwareTicket();
		runSync(ticket.getReference());
		this.tickets.changeConsultant(ticket.getReference(), "dave@example.com", "admin@example.com");
		runSync(ticket.getReference());

		teamwork.verify(getRequestedFor(urlPathEqualTo("/desk/api/v2/users.json")).withQueryParam("filter",
				containing("\"email\":{\"$eq\":\"dave@example.com\"}")));
		teamwork.verify(patchRequestedFor(urlEqualTo("/desk/api/v2/tickets/9001.json"))
			.withRequestBody(matchingJsonPath("$.ticket.agent.id", equalTo("77"))));
	}

	@Test
	void aRateLimitIsWaitedOutWithoutUsingUpRetries() {
		teamwork.stubFor(post(urlEqualTo("/desk/api/v2/tickets.json")).inScenario("rate limit")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7"))
			.willSetStateTo("calm"));
		teamwork.stubFor(post(urlEqualTo("/desk/api/v2/tickets.json")).inScenario("rate limit")
			.whenScenarioStateIs("calm")
			.willReturn(okJson("{\"ticket\":{\"id\":9001}}").withStatus(201)));
		Ticket ticket = newHardwareTicket();
		ProcessInstance sync = syncOf(ticket.getReference());
		Job call = job(sync);
		int retries = call.getRetries();
		management().executeJob(call.getId());

		Job wait = job(sync);
		assertThat(wait.getDuedate()).isAfter(new java.util.Date(System.currentTimeMillis() + 5_000));
		management().executeJob(wait.getId());
		Job again = job(sync);
		assertThat(again.getRetries()).isEqualTo(retries);
		management().executeJob(again.getId());

		assertThat(this.counterparts.of(ticket.getReference())).map(Counterpart::id).contains(9001L);
		assertThat(this.engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(sync.getId()).count())
			.isZero();
	}

	@Test
	void aTeamworkOutageEndsInAnIncidentAndNothingIsDropped() {
		teamwork.stubFor(post(urlEqualTo("/desk/api/v2/tickets.json")).willReturn(aResponse().withStatus(500)));
		Ticket ticket = newHardwareTicket();
		ProcessInstance sync = syncOf(ticket.getReference());
		for (int attempt = 0; attempt < 3; attempt++) {
			Job job = job(sync);
			try {
				management().executeJob(job.getId());
			}
			catch (RuntimeException expected) {
				// The step failed; the engine keeps it with one retry less.
			}
		}
		assertThat(this.engine.getRuntimeService().createIncidentQuery().processInstanceId(sync.getId()).count())
			.isEqualTo(1);
		assertThat(this.counterparts.of(ticket.getReference())).isEmpty();
		// Intake and the customer's answers went on regardless: the ticket exists and is
		// waiting for work.
		assertThat(this.ticketQueries.get(ticket.getReference()).getStatus()).isEqualTo(TicketStatus.NEW);
	}

	@Test
	void closingItInTeamworkClosesOursAndItsTaskAndTellsTheCustomerWithoutEchoingBack() throws Exception {
		Ticket ticket = newHardwareTicket();
		runSync(ticket.getReference());

		// A status Teamwork names rather than one of the mapped ids.
		webhook("{\"event\":\"ticket.status\",\"ticket\":{\"id\":9001,\"status\":{\"id\":42,\"name\":\"Solved\"}}}")
			.andExpect(status().isOk());

		Ticket closed = this.ticketQueries.get(ticket.getReference());
		assertThat(closed.getStatus()).isEqualTo(TicketStatus.CLOSED);
		assertThat(
				this.engine.getTaskService().createTaskQuery().processInstanceId(ticket.getProcessInstanceId()).count())
			.isZero();
		assertThat(outbound(ticket)).anyMatch((text) -> text.contains("closed"));
		assertThat(pendingSyncs(ticket)).isZero();
	}

	@Test
	void ourOwnChangeComingBackChangesNothing() throws Exception {
		Ticket ticket = newHardwareTicket();
		runSync(ticket.getReference());
		this.tickets.changeStatus(ticket.getReference(), TicketStatus.CLOSED, "Replaced the fuser unit",
				new Editor("agent@example.com", java.util.Set.of("agents")));
		runSync(ticket.getReference());
		int messages = outbound(ticket).size();

		webhook("{\"event\":\"ticket.status\",\"ticket\":{\"id\":9001,\"status\":{\"id\":5}}}")
			.andExpect(status().isOk());
		webhook("{\"event\":\"message.created\",\"message\":{\"id\":1,\"threadType\":\"note\","
				+ "\"message\":\"Closed in AI-Backend: Replaced the fuser unit\",\"ticket\":{\"id\":9001}}}")
			.andExpect(status().isOk());

		assertThat(outbound(ticket)).hasSize(messages);
		assertThat(pendingSyncs(ticket)).isZero();
		assertThat(this.ticketQueries.get(ticket.getReference()).getResolution()).isEqualTo("Replaced the fuser unit");
	}

	@Test
	void anAgentsReplyReachesTheCustomerOnceEvenWhenDeliveredTwice() throws Exception {
		Ticket ticket = newHardwareTicket();
		runSync(ticket.getReference());
		String reply = "{\"event\":\"ticket.reply\",\"ticket\":{\"id\":9001},\"message\":{\"id\":4711,"
				+ "\"threadType\":\"message\",\"message\":\"<p>Hi Tom, a technician comes at 3 pm.</p>\"}}";

		webhook(reply).andExpect(status().isOk());
		webhook(reply).andExpect(status().isOk());

		assertThat(outbound(ticket)).filteredOn((text) -> text.equals("Hi Tom, a technician comes at 3 pm."))
			.hasSize(1);
	}

	@Test
	void reassigningItInTeamworkReassignsOursAndItsTask() throws Exception {
		teamwork.stubFor(get(urlEqualTo("/desk/api/v2/users/78.json"))
			.willReturn(okJson("{\"user\":{\"id\":78,\"email\":\"frank@example.com\"}}")));
		Ticket ticket = newHardwareTicket();
		runSync(ticket.getReference());

		webhook("{\"event\":\"ticket.assigned\",\"ticket\":{\"id\":9001,\"agent\":{\"id\":78}}}")
			.andExpect(status().isOk());

		assertThat(this.ticketQueries.get(ticket.getReference()).getConsultant()).isEqualTo("frank@example.com");
		assertThat(this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(ticket.getProcessInstanceId())
			.singleResult()
			.getAssignee()).isEqualTo("frank@example.com");
		assertThat(pendingSyncs(ticket)).isZero();
	}

	@Test
	void whatTheCustomerWritesLaterReachesTheTeamworkTicketAsANote() {
		Ticket ticket = newHardwareTicket();
		runSync(ticket.getReference());
		this.intake.reply(ticket.getConversationId(), "Still jamming, now also on floor 4.");
		runSync(ticket.getReference());

		teamwork.verify(postRequestedFor(urlEqualTo("/desk/api/v2/tickets/9001/messages.json"))
			.withRequestBody(matchingJsonPath("$.threadType", equalTo("note")))
			.withRequestBody(matchingJsonPath("$.message", containing("Still jamming, now also on floor 4."))));
	}

	@Test
	void aForgedWebhookIsRefusedAndNothingIsStored() throws Exception {
		int events = this.sql.queryForObject("select count(*) from teamwork_event", Integer.class);
		String body = "{\"event\":\"ticket.status\",\"ticket\":{\"id\":9001,\"status\":{\"id\":5}}}";
		this.mvc
			.perform(MockMvcRequestBuilders.post("/webhooks/teamwork")
				.contentType(MediaType.APPLICATION_JSON)
				.header("X-Desk-Signature", WebhookRequests.hmacSha256Hex("wrong-secret", body.getBytes()))
				.content(body))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(
				MockMvcRequestBuilders.post("/webhooks/teamwork").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isUnauthorized());
		assertThat(this.sql.queryForObject("select count(*) from teamwork_event", Integer.class)).isEqualTo(events);
	}

	private ResultActions webhook(String body) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.post("/webhooks/teamwork")
			.contentType(MediaType.APPLICATION_JSON)
			.header("X-Desk-Signature", "sha256=" + WebhookRequests.hmacSha256Hex(SECRET, body.getBytes()))
			.content(body));
	}

	private List<String> outbound(Ticket ticket) {
		return this.conversations.messagesOf(ticket.getConversationId())
			.stream()
			.filter((message) -> message.getDirection() == Direction.OUT)
			.map(Message::getText)
			.toList();
	}

	/** Sync flows of the ticket not yet run. */
	private long pendingSyncs(Ticket ticket) {
		return this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(TeamworkSyncProcess.KEY)
			.processInstanceBusinessKey(ticket.getReference())
			.count();
	}

	private String sender;

	private Ticket newHardwareTicket() {
		Scenario scenario = new Scenario(this.engine, this.conversations, this.readings, this.intake);
		this.sender = Scenario.uniqueSender();
		Conversation conversation = scenario.receive(this.sender, "Tom Baker",
				"The printer on floor 3 jams on every page since Monday, we already replaced the toner.");
		ProcessInstance intake = scenario.instanceOf(conversation);
		scenario.runJob(intake);
		scenario.runJob(intake);
		return this.ticketQueries.get(scenario.reload(conversation).getTicketId());
	}

	/** Runs every pending sync of the ticket, oldest first. */
	private void runSync(String reference) {
		for (ProcessInstance sync : this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(TeamworkSyncProcess.KEY)
			.processInstanceBusinessKey(reference)
			.list()) {
			management().executeJob(job(sync).getId());
		}
	}

	private ProcessInstance syncOf(String reference) {
		return this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(TeamworkSyncProcess.KEY)
			.processInstanceBusinessKey(reference)
			.singleResult();
	}

	private Job job(ProcessInstance instance) {
		return management().createJobQuery().processInstanceId(instance.getId()).singleResult();
	}

	private ManagementService management() {
		return this.engine.getManagementService();
	}

}
