package com.aibackend;

import static com.aibackend.ChannelPeers.fixture;
import static com.aibackend.ChannelPeers.uniqueWaId;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.aibackend.process.TicketIntakeProcess;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Replies from the ticket reach the customer on WhatsApp (inside and outside its 24-hour
 * window), in the Qiscus room and as a threaded e-mail; sent once per idempotency key,
 * retried and flagged when they cannot be sent, and sent from the "Work on" form.
 */
class AgentRepliesTest extends AgentConversationScenarios {

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

}
