package com.aibackend;

import static com.aibackend.ChannelPeers.fixture;
import static com.aibackend.ChannelPeers.uniqueWaId;
import static com.aibackend.ChannelPeers.whatsApp;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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

import com.aibackend.process.MessageDeliveryProcess;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.jayway.jsonpath.JsonPath;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * WhatsApp (Cloud API) end to end: the verification handshake, the acknowledgement that
 * stores only the delivery, the sweep, signed messages answered on WhatsApp, refused and
 * malformed deliveries, redeliveries at once, images, failed answers and the 24-hour
 * window.
 */
class ChannelsApplicationTest extends ChannelScenarios {

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
		assertThat(messages).anyMatch(
				(m) -> "IN".equals(m.get("direction")) && "[image] screenshot of the error".equals(m.get("text")));
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

}
