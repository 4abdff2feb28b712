package com.aibackend;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static com.aibackend.ChannelPeers.fixture;
import static com.aibackend.ChannelPeers.uniqueWaId;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.aibackend.process.TicketIntakeProcess;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The agent's side of the conversation over the real channels: replies from the ticket
 * reach the customer on WhatsApp (inside and outside its 24-hour window), in the Qiscus
 * room and as a threaded e-mail; follow-ups from any channel land on the open ticket; a
 * closed ticket reopens; the timeline, search, task priorities and the "customer not
 * reached" signal. WireMock stands in for the Graph and Qiscus APIs, GreenMail is the
 * mail server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:agent-conversation;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
				"aibackend.outbound.retry-cycle=R2/PT1S", "aibackend.whatsapp.reminder-template=support_update",
				// The gauges are refreshed often enough to be awaited.
				"aibackend.metrics.refresh=PT1S",
				// The failed deliveries this class provokes are asserted, not logged.
				"camunda.bpm.generic-properties.properties.enable-cmd-exception-logging=false",
				"logging.level.org.camunda.bpm.engine.jobexecutor=error",
				"logging.level.com.aibackend.outbound.internal.OutboundDelivery=error",
				"logging.level.org.camunda.bpm.engine.rest.exception=off" })
@DirtiesContext
class AgentConversationTest {

	static final String QISCUS_SECRET = "agent-test-qiscus-secret";

	static final String SUPPORT = ChannelPeers.SUPPORT;

	static final String GRAPH = ChannelPeers.GRAPH;

	static final ChannelPeers peers = ChannelPeers.start("agent-test-app-secret", QISCUS_SECRET, "agent-app");

	static final WireMockServer providers = peers.http();

	@DynamicPropertySource
	static void channels(DynamicPropertyRegistry registry) {
		peers.register(registry);
	}

	@Autowired
	TestRestTemplate http;

	@Autowired
	TaskService taskService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	HistoryService historyService;

	@Autowired
	FilterService filterService;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	io.micrometer.core.instrument.MeterRegistry meters;

	AgentApi api;

	@BeforeEach
	void connect() {
		this.api = new AgentApi(this.http);
	}

	// --- Replies on each channel

	@Test
	void aReplyOnWhatsAppReachesTheCustomerIsDeliveredAndShowsInTheTimelineAndTheTask() throws IOException {
		String waId = uniqueWaId();
		String ticket = whatsAppTicket(waId);

		ResponseEntity<String> reply = reply(ticket, "{\"text\":\"We found the wrong VAT rule and are fixing it.\"}",
				null);
		assertThat(reply.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(JsonPath.<String>read(reply.getBody(), "$.kind")).isEqualTo("REPLY");
		assertThat(JsonPath.<String>read(reply.getBody(), "$.author")).isEqualTo("agent@example.com");

		LoggedRequest sent = await().atMost(AgentApi.PATIENCE)
			.until(() -> graphRequestsTo(waId, "We found the wrong VAT rule"), (r) -> !r.isEmpty())
			.get(0);
		assertThat(JsonPath.<String>read(sent.getBodyAsString(), "$.type")).isEqualTo("text");
		Map<String, Object> answer = await().atMost(AgentApi.PATIENCE)
			.until(() -> timelineAnswer(ticket, "We found the wrong VAT rule"), (a) -> "SENT".equals(a.get("state")));
		assertThat(answer).containsEntry("author", "agent@example.com").containsEntry("channel", "WHATSAPP");

		String outboundId = (String) this.api
			.messages((String) this.api.get("/api/tickets/" + ticket).get("conversationId"))
			.stream()
			.filter((m) -> String.valueOf(m.get("text")).startsWith("We found"))
			.findFirst()
			.orElseThrow()
			.get("channelMessageId");
		byte[] status = fixture("whatsapp/status-delivered.json")
			.replace("wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI4QUZBNjQ0QjE5QjNFM0VGRjMA", outboundId)
			.getBytes(StandardCharsets.UTF_8);
		assertThat(postWhatsApp(status).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(timelineAnswer(ticket, "We found the wrong VAT rule")).containsEntry("state", "DELIVERED");

		// The consultant's task shows the reply; the first response is recorded.
		Task work = workTask(ticket);
		assertThat(this.taskService.getVariableLocal(work.getId(), "timeline")).asString()
			.contains("agent@example.com → customer [", "We found the wrong VAT rule");
		assertThat(((Map<String, Object>) this.api.get("/api/tickets/" + ticket).get("sla")).get("firstRespondedAt"))
			.isNotNull();
		assertThat(this.api.get("/api/tickets/" + ticket)).containsEntry("status", "IN_PROGRESS");
	}

	@Test
	void outsideWhatsAppsWindowTheReplyGoesAsTheApprovedTemplate() throws IOException {
		String waId = uniqueWaId();
		String ticket = whatsAppTicket(waId);
		String conversation = (String) this.api.get("/api/tickets/" + ticket).get("conversationId");
		this.jdbc.update("update message set created_at = ? where conversation_id = ? and direction = 'IN'",
				Timestamp.from(Instant.now().minus(Duration.ofHours(25))), conversation);

		assertThat(reply(ticket, "{\"text\":\"Your invoices are correct again.\"}", null).getStatusCode())
			.isEqualTo(HttpStatus.CREATED);
		LoggedRequest sent = await().atMost(AgentApi.PATIENCE)
			.until(() -> graphRequestsTo(waId, "Your invoices are correct again."), (r) -> !r.isEmpty())
			.get(0);
		assertThat(JsonPath.<String>read(sent.getBodyAsString(), "$.type")).isEqualTo("template");
		assertThat(JsonPath.<String>read(sent.getBodyAsString(), "$.template.name")).isEqualTo("support_update");
	}

	@Test
	void aReplyInAQiscusRoomReachesTheRoom() throws IOException {
		String room = String.valueOf(ThreadLocalRandom.current().nextLong(10_000_000, 99_999_999));
		String phone = uniqueWaId();
		String body = fixture("qiscus/post-comment-mobile.json").replace("6281298765432", phone)
			.replace("81234567", room)
			.replaceAll("\"text\": \"[^\"]*\"",
					"\"text\": \"Selamat siang, saya Budi Santoso dari PT Sinar Jaya. Printer di ruang rapat tidak mau "
							+ "menyala sejak tadi pagi.\"")
			.replace(JsonPath.read(fixture("qiscus/post-comment-mobile.json"), "$.payload.message.unique_temp_id"),
					"wa_wamid." + UUID.randomUUID());
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.set("X-Webhook-Token", QISCUS_SECRET);
		assertThat(
				this.http.exchange("/webhooks/qiscus", HttpMethod.POST, new HttpEntity<>(body, headers), String.class)
					.getStatusCode())
			.isEqualTo(HttpStatus.OK);
		String conversation = this.api.awaitConversation("channel=QISCUS&sender=" + phone);
		String ticket = this.api.awaitTicket(conversation);

		assertThat(reply(ticket, "{\"text\":\"Kami sedang memeriksa printer Anda.\"}", null).getStatusCode())
			.isEqualTo(HttpStatus.CREATED);
		await().atMost(AgentApi.PATIENCE)
			.untilAsserted(() -> assertThat(providers.findAll(postRequestedFor(urlEqualTo("/qiscus/agent-app/bot"))
				.withRequestBody(matchingJsonPath("$.room_id", equalTo(room)))
				.withRequestBody(matchingJsonPath("$.message", equalTo("Kami sedang memeriksa printer Anda.")))))
				.hasSize(1));
	}

	@Test
	void anEmailReplyIsThreadedAndTheCustomersAnswerLandsOnTheSameTicket() throws Exception {
		String customer = "maria-" + UUID.randomUUID().toString().substring(0, 8) + "@alpenholz.example";
		String messageId = "<" + UUID.randomUUID() + "@alpenholz.example>";
		peers.deliver("""
				From: Maria Keller <%s>
				To: %s
				Subject: VPN keeps disconnecting
				Message-ID: %s
				MIME-Version: 1.0
				Content-Type: text/plain; charset=UTF-8

				Hello,
				my name is Maria Keller from Alpenholz Moebel GmbH. The VPN client disconnects every ten minutes
				since yesterday's update, we cannot work remotely.
				Best regards, Maria Keller
				""".formatted(customer, SUPPORT, messageId));
		String conversation = await().atMost(AgentApi.PATIENCE)
			.until(() -> this.api.list("/api/conversations?channel=EMAIL&sender=" + customer), (c) -> !c.isEmpty())
			.get(0)
			.get("id")
			.toString();
		String ticket = this.api.awaitTicket(conversation);
		peers.awaitMailTo(customer, 1);

		assertThat(reply(ticket, "{\"text\":\"Please install client version 5.2; it fixes the disconnects.\"}", null)
			.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		MimeMessage answer = peers.awaitMailTo(customer, 2);
		assertThat(GreenMailUtil.getBody(answer)).contains("Please install client version 5.2");
		assertThat(answer.getSubject()).contains("[" + ticket + "]");
		assertThat(answer.getHeader("In-Reply-To", null)).isEqualTo(messageId);
		assertThat(answer.getHeader("References", null)).contains(messageId);

		// The customer answers in the thread: a comment on the same ticket.
		peers.deliver("""
				From: Maria Keller <%s>
				To: %s
				Subject: Re: %s
				Message-ID: <%s@alpenholz.example>
				In-Reply-To: %s
				MIME-Version: 1.0
				Content-Type: text/plain; charset=UTF-8

				Thank you, with 5.2 it has not dropped since.
				""".formatted(customer, SUPPORT, answer.getSubject(), UUID.randomUUID(), answer.getMessageID()));
		await().atMost(AgentApi.PATIENCE)
			.until(() -> this.api.list("/api/tickets/" + ticket + "/comments").size() == 1);
		assertThat(this.api.list("/api/conversations?channel=EMAIL&sender=" + customer)).hasSize(1);
		assertThat(this.api.list("/api/tickets?q=" + customer)).hasSize(1);
	}

	// --- Follow-ups and reopening

	@Test
	void aFollowUpByRestFromASenderWithAnOpenTicketIsACommentOnIt() {
		String sender = "rest-" + UUID.randomUUID().toString().substring(0, 8) + "@acme-industries.com";
		String conversation = restMessage(sender,
				"Hello, I am Tom Baker from Acme Industries. The printer on floor 3 jams on every page since Monday.");
		String ticket = this.api.awaitTicket(conversation);

		String again = restMessage(sender, "It now also jams on floor 4.");
		assertThat(again).isEqualTo(conversation);
		assertThat(this.api.list("/api/conversations?sender=" + sender)).hasSize(1);
		assertThat(this.api.list("/api/tickets?q=" + sender)).hasSize(1);
		assertThat(this.api.list("/api/tickets/" + ticket + "/comments")).singleElement()
			.satisfies((comment) -> assertThat(comment.get("text")).isEqualTo("It now also jams on floor 4."));
		assertThat(this.api.list("/api/tickets/" + ticket + "/timeline"))
			.anySatisfy((entry) -> assertThat(entry).containsEntry("kind", "CUSTOMER_MESSAGE")
				.containsEntry("text", "It now also jams on floor 4."));
		// The consultant's task shows the new message.
		assertThat(this.taskService.getVariableLocal(workTask(ticket).getId(), "timeline")).asString()
			.contains("It now also jams on floor 4.");
	}

	@Test
	void aWhatsAppMessageFromTheSenderOfAnOpenRestTicketLandsOnIt() throws IOException {
		String waId = uniqueWaId();
		String conversation = restMessage(waId,
				"Hello, I am Tom Baker from Acme Industries. The printer on floor 3 jams on every page since Monday.");
		String ticket = this.api.awaitTicket(conversation);

		byte[] followUp = whatsApp(waId, "wamid.IN-" + UUID.randomUUID(), "Any news about the printer?");
		assertThat(postWhatsApp(followUp).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(await().atMost(AgentApi.PATIENCE)
			.until(() -> this.api.list("/api/tickets/" + ticket + "/comments"), (comments) -> !comments.isEmpty()))
			.singleElement()
			.satisfies((comment) -> assertThat(comment.get("text")).isEqualTo("Any news about the printer?"));
		assertThat(this.api.list("/api/conversations?sender=" + waId)).hasSize(1);
	}

	@Test
	void aMessageSoonAfterClosingReopensTheTicketForTheSameConsultantAndLaterOnesStartANewConversation() {
		String sender = "reopen-" + UUID.randomUUID().toString().substring(0, 8) + "@acme-industries.com";
		String conversation = restMessage(sender,
				"Hello, I am Tom Baker from Acme Industries. The VPN drops every few minutes since yesterday.");
		String ticket = this.api.awaitTicket(conversation);
		String consultant = (String) this.api.get("/api/tickets/" + ticket).get("consultant");
		assertThat(this.api
			.send(HttpMethod.PATCH, "/api/tickets/" + ticket, "{\"status\":\"CLOSED\",\"resolution\":\"New client\"}")
			.getStatusCode()).isEqualTo(HttpStatus.OK);

		assertThat(restMessage(sender, "It drops again since this morning.")).isEqualTo(conversation);
		Map<String, Object> reopened = this.api.get("/api/tickets/" + ticket);
		assertThat(reopened).containsEntry("status", "REOPENED")
			.containsEntry("consultant", consultant)
			.doesNotContainKey("closedAt");
		Task work = workTask(ticket);
		assertThat(work.getAssignee()).isEqualTo(consultant);
		assertThat(this.runtimeService.getVariable(work.getProcessInstanceId(), "reopened")).isEqualTo(true);
		assertThat(this.api.list("/api/tickets/" + ticket + "/comments"))
			.anySatisfy((comment) -> assertThat(comment.get("text")).isEqualTo("It drops again since this morning."));
		assertThat(this.api.list("/api/tickets/" + ticket + "/timeline"))
			.anySatisfy((entry) -> assertThat((String) entry.get("text")).startsWith("status: CLOSED -> REOPENED"));
		// Tasklist's "Reopened" filter lists it.
		assertThat(filtered("Reopened")).extracting(Task::getId).contains(work.getId());

		// Replying works on it again.
		assertThat(reply(ticket, "{\"text\":\"We are looking at the VPN again.\"}", null).getStatusCode())
			.isEqualTo(HttpStatus.CREATED);
		assertThat(this.api.get("/api/tickets/" + ticket)).containsEntry("status", "IN_PROGRESS");

		// Long after closing, the sender's next message is a new conversation.
		assertThat(this.api.send(HttpMethod.PATCH, "/api/tickets/" + ticket, "{\"status\":\"CLOSED\"}").getStatusCode())
			.isEqualTo(HttpStatus.OK);
		this.jdbc.update("update conversation set updated_at = ? where id = ?",
				Timestamp.from(Instant.now().minus(Duration.ofDays(30))), conversation);
		assertThat(restMessage(sender, "A new question about my e-mail signature.")).isNotEqualTo(conversation);
		assertThat(this.api.get("/api/tickets/" + ticket)).containsEntry("status", "CLOSED");
	}

	// --- Nothing lost, nothing twice

	@Test
	void theSameReplyPostedTwiceWithOneIdempotencyKeyIsSentOnce() throws IOException {
		String waId = uniqueWaId();
		String ticket = whatsAppTicket(waId);
		String key = UUID.randomUUID().toString();
		ResponseEntity<String> first = reply(ticket, "{\"text\":\"Only once, please.\"}", key);
		ResponseEntity<String> second = reply(ticket, "{\"text\":\"Only once, please.\"}", key);
		assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(second.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(JsonPath.<String>read(second.getBody(), "$.id"))
			.isEqualTo(JsonPath.<String>read(first.getBody(), "$.id"));
		await().atMost(AgentApi.PATIENCE).until(() -> graphRequestsTo(waId, "Only once, please.").size() == 1);
		assertThat(this.api.list("/api/tickets/" + ticket + "/timeline"))
			.filteredOn((entry) -> "Only once, please.".equals(entry.get("text")))
			.hasSize(1);
	}

	@Test
	void aReplyThatCannotBeSentIsRetriedAndTheTicketShowsTheCustomerWasNotReached() throws IOException {
		String waId = uniqueWaId();
		String ticket = whatsAppTicket(waId);
		providers.stubFor(post(urlEqualTo(GRAPH)).withRequestBody(matchingJsonPath("$.to", equalTo(waId)))
			.atPriority(1)
			.willReturn(aResponse().withStatus(500).withBody("{\"error\":{\"message\":\"Service unavailable\"}}")));

		assertThat(reply(ticket, "{\"text\":\"Please restart the router.\"}", null).getStatusCode())
			.isEqualTo(HttpStatus.CREATED);
		Map<String, Object> failed = await().atMost(AgentApi.PATIENCE)
			.until(() -> timelineAnswer(ticket, "Please restart the router."), (a) -> "FAILED".equals(a.get("state")));
		assertThat(failed.get("error")).asString().contains("500");
		assertThat(graphRequestsTo(waId, "Please restart the router.")).hasSizeGreaterThanOrEqualTo(2);

		Task work = workTask(ticket);
		await().atMost(AgentApi.PATIENCE)
			.until(() -> Boolean.TRUE
				.equals(this.runtimeService.getVariable(work.getProcessInstanceId(), "customerNotReached")));
		assertThat(this.taskService.getVariableLocal(work.getId(), "timeline")).asString().contains("NOT DELIVERED");
		assertThat(filtered("Customer not reached")).extracting(Task::getId).contains(work.getId());
		// Operations see it too (the gauge is refreshed on a schedule).
		await().atMost(AgentApi.PATIENCE)
			.until(() -> this.meters.find("aibackend.tickets.customer.not.reached").gauge().value() >= 1);
	}

	// --- Notes, canned responses, the form

	@Test
	void anInternalNoteStaysInternalAndACannedResponseIsInsertedInTheCustomersLanguage() throws IOException {
		String waId = uniqueWaId();
		String ticket = whatsAppTicket(waId);
		assertThat(
				reply(ticket, "{\"text\":\"Customer is on the old tariff.\",\"internal\":true}", null).getStatusCode())
			.isEqualTo(HttpStatus.CREATED);
		assertThat(this.api.list("/api/tickets/" + ticket + "/timeline"))
			.anySatisfy((entry) -> assertThat(entry).containsEntry("kind", "NOTE")
				.containsEntry("text", "Customer is on the old tariff."));

		assertThat(this.api.list("/api/canned-responses?language=de")).extracting((c) -> c.get("name"))
			.contains("looking-into-it");
		ResponseEntity<String> edited = this.http.withBasicAuth("admin@example.com", "admin123")
			.exchange("/api/canned-responses/looking-into-it/en", HttpMethod.PUT,
					AgentApi.json("{\"text\":\"Hi {customer}, {ticket} is with me now.\"}"), String.class);
		assertThat(edited.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(this.api
			.send(HttpMethod.PUT, "/api/canned-responses/looking-into-it/en", "{\"text\":\"agents may not edit\"}")
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

		assertThat(reply(ticket, "{\"cannedResponse\":\"looking-into-it\",\"text\":\"Expect news by noon.\"}", null)
			.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		List<LoggedRequest> sent = await().atMost(AgentApi.PATIENCE)
			.until(() -> graphRequestsTo(waId, "is with me now"), (r) -> !r.isEmpty());
		assertThat(JsonPath.<String>read(sent.get(0).getBodyAsString(), "$.text.body"))
			.isEqualTo("Hi Sheena Nelson, " + ticket + " is with me now.\n\nExpect news by noon.");
		assertThat(graphRequestsTo(waId, "old tariff")).isEmpty();
	}

	@Test
	void theConsultantRepliesFromTheWorkOnFormAndTheProcessSendsIt() throws IOException {
		String waId = uniqueWaId();
		String ticket = whatsAppTicket(waId);
		Task work = workTask(ticket);
		assertThat(this.taskService.getVariableLocal(work.getId(), "cannedResponses")).asString()
			.contains("looking-into-it");

		this.taskService.complete(work.getId(), Map.of("ticketStatus", "IN_PROGRESS", "reply",
				"Sent from the form: we are on it.", "internalNote", "Checked the VAT table."));
		await().atMost(AgentApi.PATIENCE)
			.until(() -> graphRequestsTo(waId, "Sent from the form: we are on it."), (r) -> r.size() == 1);
		assertThat(this.historyService.createHistoricActivityInstanceQuery()
			.processInstanceId(work.getProcessInstanceId())
			.activityId(TicketIntakeProcess.TASK_SEND_REPLY)
			.count()).isEqualTo(1);
		Task next = workTask(ticket);
		assertThat(next.getId()).isNotEqualTo(work.getId());
		assertThat(this.taskService.getVariableLocal(next.getId(), "reply")).isNull();
		assertThat(this.taskService.getVariableLocal(next.getId(), "timeline")).asString()
			.contains("Sent from the form: we are on it.", "Internal note by ");
	}

	// --- Forms that guide

	@Test
	void completingTriageWithoutAServiceIsRefusedWithAClearMessageAndTheTaskStays() {
		String conversation = restMessage(uniqueSender(),
				"Our office plants need watering while the whole team is away next week, who could take care of that?");
		Task triage = await().atMost(AgentApi.PATIENCE)
			.until(() -> this.taskService.createTaskQuery()
				.processInstanceBusinessKey(conversation)
				.taskDefinitionKey(TicketIntakeProcess.TASK_TRIAGE_MESSAGE)
				.singleResult(), (task) -> task != null);

		// What Tasklist sends when a form is completed (its own validation normally stops
		// this before).
		ResponseEntity<String> refused = this.api.send(HttpMethod.POST,
				"/engine-rest/task/" + triage.getId() + "/submit-form",
				"{\"variables\":{\"intentChoice\":{\"value\":\"NEW_REQUEST\"},\"priorityChoice\":{\"value\":\"LOW\"}}}");
		assertThat(refused.getStatusCode().is2xxSuccessful()).isFalse();
		assertThat(JsonPath.<String>read(refused.getBody(), "$.message")).contains("Choose the service");
		assertThat(this.taskService.createTaskQuery().taskId(triage.getId()).count()).isEqualTo(1);
	}

	// --- Queues at a glance

	@Test
	void tasksCarryTheTicketAndAreOrderedByPriorityAndSearchFindsMessageText() {
		String word = "zq" + UUID.randomUUID().toString().substring(0, 6);
		String low = this.api.awaitTicket(restMessage(uniqueSender(),
				"Hello, I am Tom Baker from Acme Industries. No rush, not urgent: the printer on floor 2 prints faint lines. Ref "
						+ word));
		String high = this.api.awaitTicket(restMessage(uniqueSender(),
				"Hello, I am Tom Baker from Acme Industries. URGENT: the whole office has no network, nobody can work! Ref "
						+ word));
		String medium = this.api.awaitTicket(restMessage(uniqueSender(),
				"Hello, I am Tom Baker from Acme Industries. The VPN drops every few minutes since yesterday. Ref "
						+ word));
		assertThat(List.of(low, medium, high).stream().map((t) -> this.api.get("/api/tickets/" + t).get("priority")))
			.containsExactly("LOW", "MEDIUM", "HIGH");
		assertThat(workTask(high).getPriority()).isGreaterThan(workTask(medium).getPriority());
		assertThat(workTask(medium).getPriority()).isGreaterThan(workTask(low).getPriority());
		assertThat(workTask(high).getName()).startsWith("Work on " + high + " · Tom Baker · ");

		assertThat(this.api.list("/api/tickets?q=" + word.toUpperCase())).extracting((t) -> t.get("id"))
			.containsExactlyInAnyOrder(low, medium, high);
		assertThat(this.api.list("/api/tickets?q=faint+lines")).extracting((t) -> t.get("id")).contains(low);
	}

	// --- helpers

	private ResponseEntity<String> reply(String ticket, String body, String idempotencyKey) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		if (idempotencyKey != null) {
			headers.set("Idempotency-Key", idempotencyKey);
		}
		return this.http.withBasicAuth("agent@example.com", "agent123")
			.exchange("/api/tickets/" + ticket + "/replies", HttpMethod.POST, new HttpEntity<>(body, headers),
					String.class);
	}

	private Map<String, Object> timelineAnswer(String ticket, String text) {
		return this.api.list("/api/tickets/" + ticket + "/timeline")
			.stream()
			.filter((entry) -> "ANSWER".equals(entry.get("kind")) && String.valueOf(entry.get("text")).contains(text))
			.findFirst()
			.orElse(Map.of());
	}

	private Task workTask(String ticket) {
		String instance = (String) this.api.get("/api/tickets/" + ticket).get("processInstanceId");
		return await().atMost(AgentApi.PATIENCE)
			.until(() -> this.taskService.createTaskQuery()
				.processInstanceId(instance)
				.taskDefinitionKey(TicketIntakeProcess.TASK_WORK_ON_TICKET)
				.singleResult(), (task) -> task != null);
	}

	private List<Task> filtered(String name) {
		Filter filter = this.filterService.createFilterQuery().filterName(name).singleResult();
		return this.filterService.list(filter.getId());
	}

	private String whatsAppTicket(String waId) throws IOException {
		byte[] body = whatsApp(waId, "wamid.IN-" + UUID.randomUUID(), null);
		assertThat(postWhatsApp(body).getStatusCode()).isEqualTo(HttpStatus.OK);
		String conversation = (String) await().atMost(AgentApi.PATIENCE)
			.until(() -> this.api.list("/api/conversations?channel=WHATSAPP&sender=" + waId),
					(found) -> !found.isEmpty())
			.get(0)
			.get("id");
		return this.api.awaitTicket(conversation);
	}

	private String restMessage(String sender, String text) {
		ResponseEntity<String> received = this.api.send(HttpMethod.POST, "/api/messages",
				"{\"channel\":\"API\",\"sender\":{\"address\":\"" + sender + "\"},\"text\":\"" + text + "\"}");
		assertThat(received.getStatusCode().is2xxSuccessful()).as(received.getBody()).isTrue();
		return JsonPath.read(received.getBody(), "$.conversationId");
	}

	static String uniqueSender() {
		return "customer-" + UUID.randomUUID().toString().substring(0, 8) + "@acme-industries.com";
	}

	static byte[] whatsApp(String waId, String messageId, String text) throws IOException {
		byte[] json = ChannelPeers.whatsApp("text-message.json", waId, messageId);
		return (text == null) ? json
				: new String(json, StandardCharsets.UTF_8)
					.replaceAll("\"body\": \"[^\"]*\"", "\"body\": \"" + text + "\"")
					.getBytes(StandardCharsets.UTF_8);
	}

	ResponseEntity<String> postWhatsApp(byte[] body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.set("X-Hub-Signature-256", peers.signature(body));
		return this.http.exchange("/webhooks/whatsapp", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
	}

	static List<LoggedRequest> graphRequestsTo(String waId, String text) {
		return peers.graphRequestsTo(waId)
			.stream()
			.filter((request) -> request.getBodyAsString().contains(text))
			.toList();
	}

}
