package com.aibackend;

import static com.aibackend.ChannelPeers.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.aibackend.intake.internal.InboxDispatcher;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import com.jayway.jsonpath.JsonPath;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real channels end to end: WireMock stands in for the Graph API and the Qiscus API,
 * GreenMail is the mail server (SMTP and IMAP). Webhooks are posted over HTTP exactly as
 * the providers send them. Each class closes its context after it, before the stand-ins
 * stop: its mail poller must not read another class's mail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:channels;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
				"aibackend.outbound.retry-cycle=R2/PT1S",
				// The failed deliveries this class provokes are asserted, not logged.
				"camunda.bpm.generic-properties.properties.enable-cmd-exception-logging=false",
				"logging.level.org.camunda.bpm.engine.jobexecutor=error",
				// Duplicate webhooks arriving at once are refused by the unique key, as
				// designed.
				"logging.level.org.hibernate.engine.jdbc.spi.SqlExceptionHelper=off" })
@Import(StatementLog.class)
@DirtiesContext
abstract class ChannelScenarios {

	static final String APP_SECRET = "test-app-secret";

	static final String QISCUS_SECRET = "test-qiscus-webhook-secret";

	static final String SUPPORT = ChannelPeers.SUPPORT;

	// Shared with ChannelsOnPostgresTest; stopped after every application context has
	// closed.
	static final ChannelPeers peers = ChannelPeers.start(APP_SECRET, QISCUS_SECRET, "demo-app-123");

	static final WireMockServer providers = peers.http();

	static final GreenMail mail = peers.mail();

	@DynamicPropertySource
	static void channels(DynamicPropertyRegistry registry) {
		peers.register(registry);
	}

	@Autowired
	TestRestTemplate http;

	AgentApi api;

	@BeforeEach
	void connect() {
		this.api = new AgentApi(this.http);
	}

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Autowired
	InboxDispatcher dispatcher;

	// --- WhatsApp

	// --- Qiscus

	// --- E-mail

	// --- helpers

	static String qiscus(String fixture, String phone, String room, String uniqueId) throws IOException {
		String json = fixture("qiscus/" + fixture);
		String originalId = JsonPath.read(json, "$.payload.message.unique_temp_id");
		return json.replace("6281298765432", phone).replace("81234567", room).replace(originalId, uniqueId);
	}

	ResponseEntity<String> postWhatsApp(byte[] body, String signature) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		if (signature != null) {
			headers.set("X-Hub-Signature-256", signature);
		}
		return this.http.exchange("/webhooks/whatsapp", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
	}

	ResponseEntity<String> postQiscus(String path, String body, String headerToken) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		if (headerToken != null) {
			headers.set("X-Webhook-Token", headerToken);
		}
		return this.http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
	}

	List<Map<String, Object>> conversations(String channel, String sender) {
		return this.api.list("/api/conversations?channel=" + channel + "&sender=" + sender);
	}

	/** The sender's one conversation, once the acknowledged delivery is routed. */
	Map<String, Object> singleConversation(String channel, String sender) {
		List<Map<String, Object>> found = await().atMost(AgentApi.PATIENCE)
			.until(() -> conversations(channel, sender), (list) -> !list.isEmpty());
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	Map<String, Object> lastOutbound(String conversationId) {
		return this.api.messages(conversationId)
			.stream()
			.filter((m) -> "OUT".equals(m.get("direction")))
			.reduce((a, b) -> b)
			.orElse(null);
	}

}
