package com.aibackend.whatsapp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import com.aibackend.conversation.Channel;
import com.aibackend.outbound.OutboundMessage;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.HttpServerErrorException;

/** The Graph API call, against a WireMock stub of it. */
@WireMockTest
class WhatsAppTransportTest {

	static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

	WireMockRuntimeInfo wireMock;

	@BeforeEach
	void stub(WireMockRuntimeInfo wireMock) {
		this.wireMock = wireMock;
		wireMock.getWireMock()
			.register(post(urlEqualTo("/v21.0/555/messages"))
				.willReturn(aResponse().withHeader("Content-Type", "application/json")
					.withBody("{\"messaging_product\":\"whatsapp\",\"messages\":[{\"id\":\"wamid.ANSWER\"}]}")));
	}

	@Test
	void withinTwentyFourHoursTheAnswerIsFreeText() {
		String id = transport("reminder_v1").send(message(NOW.minus(Duration.ofHours(23)), "Hello\nthere"));

		assertThat(id).isEqualTo("wamid.ANSWER");
		this.wireMock.getWireMock()
			.verifyThat(postRequestedFor(urlEqualTo("/v21.0/555/messages"))
				.withHeader("Authorization", equalTo("Bearer token-1"))
				.withRequestBody(equalToJson("""
						{"messaging_product":"whatsapp","recipient_type":"individual","to":"4915112345678",
						 "type":"text","text":{"preview_url":false,"body":"Hello\\nthere"}}""")));
	}

	@Test
	void afterTwentyFourHoursTheTemplateCarriesTheText() {
		transport("reminder_v1").send(message(NOW.minus(Duration.ofHours(25)), "We still need\nyour name."));

		this.wireMock.getWireMock()
			.verifyThat(postRequestedFor(urlEqualTo("/v21.0/555/messages")).withRequestBody(equalToJson(
					"""
							{"messaging_product":"whatsapp","recipient_type":"individual","to":"4915112345678",
							 "type":"template","template":{"name":"reminder_v1","language":{"code":"de"},
							 "components":[{"type":"body","parameters":[{"type":"text","text":"We still need your name."}]}]}}""")));
	}

	@Test
	void afterTwentyFourHoursWithoutATemplateTheSendFailsSoItIsRetriedAndSeen() {
		assertThatThrownBy(() -> transport("").send(message(NOW.minus(Duration.ofDays(2)), "Reminder")))
			.hasMessageContaining("WHATSAPP_REMINDER_TEMPLATE");
		assertThat(this.wireMock.getWireMock().getServeEvents()).isEmpty();
	}

	@Test
	void aRefusalOfTheGraphApiIsAnError() {
		this.wireMock.getWireMock()
			.register(post(urlEqualTo("/v21.0/555/messages")).atPriority(1).willReturn(aResponse().withStatus(503)));
		assertThatThrownBy(() -> transport("").send(message(NOW, "Hi"))).isInstanceOf(HttpServerErrorException.class);
	}

	WhatsAppTransport transport(String template) {
		return new WhatsAppTransport(new WhatsAppProperties("verify", "secret", "token-1", "555",
				this.wireMock.getHttpBaseUrl() + "/v21.0", template, Duration.ofSeconds(5)),
				Clock.fixed(NOW, ZoneOffset.UTC));
	}

	static OutboundMessage message(Instant lastCustomerMessage, String text) {
		return new OutboundMessage("m-1", "c-1", Channel.WHATSAPP, "4915112345678", "Lena", "4915112345678", null, null,
				"de", text, lastCustomerMessage, List.of(), null);
	}

}
