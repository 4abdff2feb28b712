package com.aibackend;

import static com.aibackend.ChannelPeers.fixture;
import static com.aibackend.ChannelPeers.uniqueWaId;
import static com.aibackend.ChannelPeers.whatsApp;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Qiscus Omnichannel and e-mail end to end: a Qiscus message answered in its room,
 * refused without the token, our own echo ignored; an incomplete e-mail clarified in its
 * thread, an HTML e-mail read without its quoted history.
 */
class MailAndQiscusTest extends ChannelScenarios {

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

	@Test
	void anImageIsAnsweredInTheLanguageOfItsCaptionOrElseOfThePhoneNumber() throws IOException {
		String waId = uniqueWaId();
		byte[] captioned = new String(whatsApp("image-message.json", waId, "wamid.IMG-" + UUID.randomUUID()),
				StandardCharsets.UTF_8)
			.replace("screenshot of the error", "Foto vom Fehler am Drucker")
			.getBytes(StandardCharsets.UTF_8);
		assertThat(postWhatsApp(captioned, peers.signature(captioned)).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(answers(singleConversation("WHATSAPP", waId))).anyMatch((text) -> text.contains("nur Text lesen"));

		String indonesian = "62812" + waId.substring(5);
		byte[] bare = new String(whatsApp("image-message.json", indonesian, "wamid.IMG-" + UUID.randomUUID()),
				StandardCharsets.UTF_8)
			.replace("\"caption\": \"screenshot of the error\", ", "")
			.getBytes(StandardCharsets.UTF_8);
		assertThat(postWhatsApp(bare, peers.signature(bare)).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(answers(singleConversation("WHATSAPP", indonesian)))
			.anyMatch((text) -> text.contains("hanya dapat membaca teks"))
			.noneMatch((text) -> text.contains("only read text"));
	}

	private List<String> answers(Map<String, Object> conversation) {
		return this.api.messages((String) conversation.get("id"))
			.stream()
			.filter((m) -> "OUT".equals(m.get("direction")))
			.map((m) -> (String) m.get("text"))
			.toList();
	}

}
