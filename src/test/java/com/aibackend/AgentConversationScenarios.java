package com.aibackend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.aibackend.process.TicketIntakeProcess;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.util.GreenMail;
import com.jayway.jsonpath.JsonPath;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;

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
 * The agent's side of the conversation over the real channels. WireMock stands in for the
 * Graph and Qiscus APIs, GreenMail is the mail server. Shared by the reply tests and the
 * ticket-side tests; each class has its context, closed after it while the stand-ins
 * still run.
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
abstract class AgentConversationScenarios {

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

	// --- Follow-ups and reopening

	// --- Nothing lost, nothing twice

	// --- Notes, canned responses, the form

	// --- Forms that guide

	// --- Queues at a glance

	// --- helpers

	ResponseEntity<String> reply(String ticket, String body, String idempotencyKey) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		if (idempotencyKey != null) {
			headers.set("Idempotency-Key", idempotencyKey);
		}
		return this.http.withBasicAuth("agent@example.com", "agent123")
			.exchange("/api/tickets/" + ticket + "/replies", HttpMethod.POST, new HttpEntity<>(body, headers),
					String.class);
	}

	Map<String, Object> timelineAnswer(String ticket, String text) {
		return this.api.list("/api/tickets/" + ticket + "/timeline")
			.stream()
			.filter((entry) -> "ANSWER".equals(entry.get("kind")) && String.valueOf(entry.get("text")).contains(text))
			.findFirst()
			.orElse(Map.of());
	}

	Task workTask(String ticket) {
		String instance = (String) this.api.get("/api/tickets/" + ticket).get("processInstanceId");
		return await().atMost(AgentApi.PATIENCE)
			.until(() -> this.taskService.createTaskQuery()
				.processInstanceId(instance)
				.taskDefinitionKey(TicketIntakeProcess.TASK_WORK_ON_TICKET)
				.singleResult(), (task) -> task != null);
	}

	List<Task> filtered(String name) {
		Filter filter = this.filterService.createFilterQuery().filterName(name).singleResult();
		return this.filterService.list(filter.getId());
	}

	String whatsAppTicket(String waId) throws IOException {
		byte[] body = whatsApp(waId, "wamid.IN-" + UUID.randomUUID(), null);
		assertThat(postWhatsApp(body).getStatusCode()).isEqualTo(HttpStatus.OK);
		String conversation = (String) await().atMost(AgentApi.PATIENCE)
			.until(() -> this.api.list("/api/conversations?channel=WHATSAPP&sender=" + waId),
					(found) -> !found.isEmpty())
			.get(0)
			.get("id");
		return this.api.awaitTicket(conversation);
	}

	String restMessage(String sender, String text) {
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
