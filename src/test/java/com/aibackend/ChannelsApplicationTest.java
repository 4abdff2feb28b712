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
import static com.aibackend.ChannelPeers.whatsApp;
import static org.awaitility.Awaitility.await;

import com.aibackend.process.MessageDeliveryProcess;
import com.aibackend.intake.internal.InboxDispatcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real channels end to end: WireMock stands in for the Graph API and the Qiscus API,
 * GreenMail is the mail server (SMTP and IMAP). Webhooks are posted over HTTP exactly as
 * the providers send them.
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
// Closed after this class, before the stubs stop: its mail poller must not read the next
// class's mail.
@DirtiesContext
class ChannelsApplicationTest {

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

	@Test
	void whatsAppVerificationHandshakeEchoesTheChallengeOnlyForTheRightToken() {
		ResponseEntity<String> ok = this.http.getForEntity(
				"/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=test-verify-token&hub.challenge=1158201444",
				String.class);
		assertThat(ok.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(ok.getBody()).isEqualTo("1158201444");

		assertThat(this.http
			.getForEntity("/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.http.getForEntity("/webhooks/whatsapp", String.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void theAcknowledgementStoresTheDeliveryAndNothingElseThenItIsRouted() throws IOException {
		String waId = uniqueWaId();
		byte[] body = whatsApp("text-message.json", waId, "wamid.IN-" + UUID.randomUUID());

		StatementLog.clear();
		assertThat(postWhatsApp(body, peers.signature(body)).getStatusCode()).isEqualTo(HttpStatus.OK);
		List<String> acknowledgement = StatementLog.ranBy("http-nio");

		assertThat(acknowledgement).singleElement().asString().startsWith("insert into inbound_delivery");
		String conversationId = (String) singleConversation("WHATSAPP", waId).get("id");
		assertThat(this.runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(conversationId).count())
			.isEqualTo(1);
		assertThat(this.jdbc.queryForList("select conversation_id from inbound_delivery where sender_address = ?",
				String.class, waId))
			.containsExactly(conversationId);
	}

	@Test
	void aDeliveryANodeLeftUnroutedIsRoutedByTheSweep() {
		String waId = uniqueWaId();
		// As a node that crashed between the acknowledgement and the routing leaves it.
		this.jdbc.update(
				"insert into inbound_delivery (id, channel, external_id, sender_address, text, thread,"
						+ " unreadable, received_at) values (?, 'WHATSAPP', ?, ?, ?, ?, false, ?)",
				UUID.randomUUID().toString(), "wamid.LEFT-" + UUID.randomUUID(), waId,
				"Hi, this is Sheena Nelson from Brightwave Logistics. Our invoice for March charges us twice,"
						+ " please correct it.",
				waId, java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(120)));

		this.dispatcher.sweep();

		String conversationId = (String) singleConversation("WHATSAPP", waId).get("id");
		assertThat(this.api.get("/api/tickets/" + this.api.awaitTicket(conversationId))).containsEntry("service",
				"BILLING");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from inbound_delivery where sender_address = ?" + " and routed_at is null",
				Integer.class, waId))
			.isZero();
	}

	@Test
	void signedWhatsAppMessageBecomesAConversationAndIsAnsweredOnWhatsApp() throws IOException {
		String waId = uniqueWaId();
		byte[] body = whatsApp("text-message.json", waId, "wamid.IN-" + UUID.randomUUID());

		ResponseEntity<String> response = postWhatsApp(body, peers.signature(body));
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);

		Map<String, Object> conversation = singleConversation("WHATSAPP", waId);
		assertThat(conversation).containsEntry("sender", Map.of("name", "Sheena Nelson", "address", waId));
		String ticket = this.api.awaitTicket((String) conversation.get("id"));
		assertThat(this.api.get("/api/tickets/" + ticket)).containsEntry("service", "BILLING")
			.containsEntry("contact", "+" + waId)
			.containsEntry("company", "Brightwave Logistics");

		LoggedRequest sent = await().atMost(AgentApi.PATIENCE)
			.until(() -> peers.graphRequestsTo(waId), (r) -> !r.isEmpty())
			.get(0);
		assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer test-access-token");
		Map<String, Object> payload = JsonPath.read(sent.getBodyAsString(), "$");
		assertThat(payload).containsEntry("messaging_product", "whatsapp").containsEntry("type", "text");
		assertThat(JsonPath.<String>read(sent.getBodyAsString(), "$.text.body")).contains(ticket);

		// The Graph API's id of our answer is kept; its delivery report moves it on.
		Map<String, Object> answer = await().atMost(AgentApi.PATIENCE)
			.until(() -> lastOutbound((String) conversation.get("id")), (m) -> "SENT".equals(m.get("state")));
		String outboundId = (String) answer.get("channelMessageId");
		assertThat(outboundId).startsWith("wamid.OUT-");
		byte[] status = fixture("whatsapp/status-delivered.json")
			.replace("wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI4QUZBNjQ0QjE5QjNFM0VGRjMA", outboundId)
			.getBytes(StandardCharsets.UTF_8);
		assertThat(postWhatsApp(status, peers.signature(status)).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(lastOutbound((String) conversation.get("id"))).containsEntry("state", "DELIVERED");

		// Writing again while the ticket is open adds a comment the consultant sees.
		byte[] followUp = new String(whatsApp("text-message.json", waId, "wamid.IN-" + UUID.randomUUID()),
				StandardCharsets.UTF_8)
			.replaceAll("\"body\": \"[^\"]*\"", "\"body\": \"It now also affects customers in Saxony.\"")
			.getBytes(StandardCharsets.UTF_8);
		assertThat(postWhatsApp(followUp, peers.signature(followUp)).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(conversations("WHATSAPP", waId)).hasSize(1);
		assertThat(await().atMost(AgentApi.PATIENCE)
			.until(() -> this.api.list("/api/tickets/" + ticket + "/comments"), (comments) -> !comments.isEmpty()))
			.singleElement()
			.extracting((comment) -> comment.get("text"))
			.isEqualTo("It now also affects customers in Saxony.");
		String processInstanceId = (String) this.api.get("/api/tickets/" + ticket).get("processInstanceId");
		Task work = this.taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
		assertThat(this.taskService.getVariableLocal(work.getId(), "customerComments")).asString()
			.contains("It now also affects customers in Saxony.");
		assertThat(this.api.get("/api/tickets/" + ticket)).containsEntry("status", "NEW");
	}

	@Test
	void wronglySignedWhatsAppDeliveryIsRefusedAndLeavesNoTrace() throws IOException {
		String waId = uniqueWaId();
		byte[] body = whatsApp("text-message.json", waId, "wamid.IN-" + UUID.randomUUID());

		ResponseEntity<String> forged = postWhatsApp(body, "sha256=" + "0".repeat(64));
		assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(forged.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(postWhatsApp(body, null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("urgently", "eventually")
			.getBytes(StandardCharsets.UTF_8);
		assertThat(postWhatsApp(tampered, peers.signature(body)).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

		assertThat(conversations("WHATSAPP", waId)).isEmpty();
	}

	@Test
	void theSameDeliverySentFiveTimesAtOnceYieldsOneConversation() throws Exception {
		String waId = uniqueWaId();
		byte[] body = whatsApp("text-message.json", waId, "wamid.IN-" + UUID.randomUUID());
		String signature = peers.signature(body);
		ExecutorService pool = Executors.newFixedThreadPool(5);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<ResponseEntity<String>>> deliveries = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			deliveries.add(pool.submit(() -> {
				go.await();
				return postWhatsApp(body, signature);
			}));
		}
		go.countDown();
		for (Future<ResponseEntity<String>> delivery : deliveries) {
			assertThat(delivery.get().getStatusCode()).isEqualTo(HttpStatus.OK);
		}
		pool.shutdown();

		Map<String, Object> conversation = singleConversation("WHATSAPP", waId);
		List<Map<String, Object>> messages = this.api.messages((String) conversation.get("id"));
		assertThat(messages).filteredOn((m) -> "IN".equals(m.get("direction"))).hasSize(1);
	}

	@Test
	void anImageIsKeptWithItsCaptionAndTheCustomerIsToldWhatTheBotCanRead() throws IOException {
		String waId = uniqueWaId();
		byte[] body = whatsApp("image-message.json", waId, "wamid.IMG-" + UUID.randomUUID());
		assertThat(postWhatsApp(body, peers.signature(body)).getStatusCode()).isEqualTo(HttpStatus.OK);

		Map<String, Object> conversation = singleConversation("WHATSAPP", waId);
		List<Map<String, Object>> messages = this.api.messages((String) conversation.get("id"));
		assertThat(messages)
			.anyMatch((m) -> "IN".equals(m.get("direction")) && "screenshot of the error".equals(m.get("text")));
		assertThat(messages)
			.anyMatch((m) -> "OUT".equals(m.get("direction")) && ((String) m.get("text")).contains("only read text"));
	}

	@Test
	void badWhatsAppDeliveriesGetTheRightStatusAndStoreNothing() {
		String waId = uniqueWaId();
		byte[] malformed = ("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"changes\":[{\"value\":{\"messages\":[{\"from\":\""
				+ waId + "\"")
			.getBytes(StandardCharsets.UTF_8);
		ResponseEntity<String> bad = postWhatsApp(malformed, peers.signature(malformed));
		assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(bad.getBody()).contains("not valid JSON").doesNotContain("Exception");

		byte[] huge = ("{\"pad\":\"" + "x".repeat(300 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
		assertThat(postWhatsApp(huge, peers.signature(huge)).getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);

		HttpHeaders text = new HttpHeaders();
		text.setContentType(MediaType.TEXT_PLAIN);
		text.set("X-Hub-Signature-256", peers.signature(malformed));
		assertThat(this.http
			.exchange("/webhooks/whatsapp", HttpMethod.POST, new HttpEntity<>(malformed, text), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);

		byte[] unknown = "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"changes\":[{\"field\":\"account_update\",\"value\":{\"x\":1}}]}]}"
			.getBytes(StandardCharsets.UTF_8);
		assertThat(postWhatsApp(unknown, peers.signature(unknown)).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(conversations("WHATSAPP", waId)).isEmpty();
	}

	@Test
	void anAnswerThatCannotBeSentIsRetriedThenFailsVisiblyWithAnIncident() throws IOException {
		String waId = uniqueWaId();
		providers.stubFor(post(urlEqualTo("/graph/106540352242922/messages"))
			.withRequestBody(matchingJsonPath("$.to", equalTo(waId)))
			.atPriority(1)
			.willReturn(aResponse().withStatus(500).withBody("{\"error\":{\"message\":\"Service unavailable\"}}")));
		byte[] body = whatsApp("text-message-missing-info.json", waId, "wamid.IN-" + UUID.randomUUID());
		assertThat(postWhatsApp(body, peers.signature(body)).getStatusCode()).isEqualTo(HttpStatus.OK);
		String conversationId = (String) singleConversation("WHATSAPP", waId).get("id");

		Map<String, Object> failed = await().atMost(AgentApi.PATIENCE)
			.until(() -> lastOutbound(conversationId), (m) -> m != null && "FAILED".equals(m.get("state")));
		assertThat(failed.get("lastError")).asString().contains("500");
		assertThat(peers.graphRequestsTo(waId)).hasSizeGreaterThanOrEqualTo(2);
		String deliveryInstance = this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(MessageDeliveryProcess.KEY)
			.processInstanceBusinessKey((String) failed.get("id"))
			.singleResult()
			.getId();
		// The message is marked FAILED before the step's failure is recorded, which opens
		// the incident.
		await().atMost(AgentApi.PATIENCE)
			.until(() -> this.runtimeService.createIncidentQuery().processInstanceId(deliveryInstance).count() == 1);
	}

	@Test
	void aReplyOutsideWhatsAppsWindowWithoutATemplateIsRefusedWithTheReasonAndStoresNothing() throws IOException {
		String waId = uniqueWaId();
		byte[] body = whatsApp("text-message.json", waId, "wamid.IN-" + UUID.randomUUID());
		assertThat(postWhatsApp(body, peers.signature(body)).getStatusCode()).isEqualTo(HttpStatus.OK);
		String conversationId = (String) singleConversation("WHATSAPP", waId).get("id");
		String ticket = this.api.awaitTicket(conversationId);
		this.jdbc.update("update message set created_at = ? where conversation_id = ? and direction = 'IN'",
				java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofHours(25))), conversationId);
		int messages = this.api.messages(conversationId).size();

		ResponseEntity<String> refused = this.api.send(HttpMethod.POST, "/api/tickets/" + ticket + "/replies",
				"{\"text\":\"Are you still there?\"}");
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(JsonPath.<String>read(refused.getBody(), "$.detail")).contains("24 hours", "template");
		assertThat(this.api.messages(conversationId)).hasSize(messages);
		assertThat(this.api.list("/api/tickets/" + ticket + "/timeline"))
			.noneSatisfy((entry) -> assertThat(entry.get("text")).isEqualTo("Are you still there?"));
	}

	// --- Qiscus

	@Test
	void qiscusMessageBecomesAConversationAndIsAnsweredInItsRoom() throws IOException {
		String room = String.valueOf(ThreadLocalRandom.current().nextLong(10_000_000, 99_999_999));
		String phone = uniqueWaId();
		String body = qiscus("post-comment-mobile.json", phone, room, "wa_wamid." + UUID.randomUUID());

		ResponseEntity<String> response = postQiscus("/webhooks/qiscus?token=" + QISCUS_SECRET, body, null);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		Map<String, Object> conversation = singleConversation("QISCUS", phone);
		assertThat(conversation).containsEntry("sender", Map.of("name", "Budi Santoso", "address", phone));

		await().atMost(AgentApi.PATIENCE)
			.untilAsserted(() -> assertThat(providers.findAll(postRequestedFor(urlEqualTo("/qiscus/demo-app-123/bot"))
				.withHeader("QISCUS_SDK_SECRET", equalTo("test-qiscus-sdk-secret"))
				.withRequestBody(matchingJsonPath("$.room_id", equalTo(room)))
				.withRequestBody(matchingJsonPath("$.sender_email", equalTo("bot@demo-app-123.qiscus.com")))))
				.isNotEmpty());
		// Indonesian message, Indonesian answer.
		assertThat(lastOutbound((String) conversation.get("id")).get("text")).asString()
			.containsAnyOf("Terima kasih", "tiket", "Tiket");

		// The same message again (header token this time) is recognised, not stored
		// twice.
		assertThat(postQiscus("/webhooks/qiscus", body, QISCUS_SECRET).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(conversations("QISCUS", phone)).hasSize(1);
	}

	@Test
	void qiscusWithoutTheRightTokenIsRefusedAndOurOwnEchoIsIgnored() throws IOException {
		String room = String.valueOf(ThreadLocalRandom.current().nextLong(10_000_000, 99_999_999));
		String phone = uniqueWaId();
		String body = qiscus("post-comment-mobile.json", phone, room, "wa_wamid." + UUID.randomUUID());
		assertThat(postQiscus("/webhooks/qiscus?token=wrong", body, null).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(postQiscus("/webhooks/qiscus", body, null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(conversations("QISCUS", phone)).isEmpty();

		String echo = qiscus("post-comment-rest-echo.json", phone, room, "bot-" + UUID.randomUUID());
		assertThat(postQiscus("/webhooks/qiscus?token=" + QISCUS_SECRET, echo, null).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(this.api.list("/api/conversations?channel=QISCUS&sender=bot@demo-app-123.qiscus.com")).isEmpty();
	}

	// --- E-mail

	@Test
	void anIncompleteEmailGetsAThreadedClarificationAndTheReplyCompletesTheTicket() throws Exception {
		String customer = "j.doe-" + UUID.randomUUID().toString().substring(0, 8) + "@mailbox.example";
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		peers.deliver(fixture("email/missing-info.eml").replace("j.doe@mailbox.example", customer)
			.replace("missing.info.0001", "missing.info.0001." + suffix));

		MimeMessage clarification = peers.awaitMailTo(customer, 1);
		assertThat(clarification.getHeader("In-Reply-To", null))
			.isEqualTo("<CAB7f3k2=missing.info.0001." + suffix + "@mailbox.example>");
		assertThat(clarification.getSubject()).startsWith("Re: problem [REQ-");
		assertThat(GreenMailUtil.getBody(clarification)).contains("your name");
		Map<String, Object> conversation = singleConversation("EMAIL", customer);
		assertThat(conversation).containsEntry("status", "WAITING_FOR_INFO");

		peers.deliver(fixture("email/reply-with-info.eml").replace("j.doe@mailbox.example", customer)
			.replace("missing.info.0001", "missing.info.0001." + suffix)
			.replace("missing.info.0002", "missing.info.0002." + suffix));
		String ticket = this.api.awaitTicket((String) conversation.get("id"));
		assertThat(this.api.get("/api/tickets/" + ticket)).containsEntry("service", "BILLING")
			.containsEntry("requesterName", "John Doe");
		assertThat(conversations("EMAIL", customer)).hasSize(1);

		MimeMessage created = peers.awaitMailTo(customer, 2);
		assertThat(created.getSubject()).contains("[" + ticket + "]");
		assertThat(created.getHeader("References", null)).contains("missing.info.0002." + suffix)
			.contains(clarification.getMessageID());
	}

	@Test
	void anHtmlEmailIsReadWithoutItsQuotedHistory() throws Exception {
		String customer = "html-" + UUID.randomUUID().toString().substring(0, 8) + "@northwind.example";
		peers.deliver(
				"""
						From: Lena Fischer <%s>
						To: %s
						Subject: VPN
						Message-ID: <html-%s@northwind.example>
						MIME-Version: 1.0
						Content-Type: text/html; charset=UTF-8

						<html><body><p>Hello,</p><p>my name is Lena Fischer from Northwind Traders. The VPN client disconnects \
						every ten minutes since the update, we cannot work remotely.</p>
						<div class="gmail_quote">On Mon, 16 Nov 2026 someone wrote:<blockquote>old text about invoices</blockquote></div>
						</body></html>
						"""
					.formatted(customer, SUPPORT, UUID.randomUUID()));
		Map<String, Object> conversation = await().atMost(AgentApi.PATIENCE)
			.until(() -> conversations("EMAIL", customer), (c) -> !c.isEmpty())
			.get(0);
		List<Map<String, Object>> messages = this.api.messages((String) conversation.get("id"));
		String text = (String) messages.get(0).get("text");
		assertThat(text).contains("VPN client disconnects").doesNotContain("<p>").doesNotContain("old text");
		assertThat(this.api.get("/api/tickets/" + this.api.awaitTicket((String) conversation.get("id"))))
			.containsEntry("service", "NETWORK");
	}

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
