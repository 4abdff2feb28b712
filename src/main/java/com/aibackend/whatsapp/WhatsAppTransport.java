package com.aibackend.whatsapp;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.aibackend.conversation.Channel;
import com.aibackend.outbound.ChannelTransport;
import com.aibackend.outbound.OutboundMessage;
import com.aibackend.shared.OutboundHttp;
import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Sends answers through the Graph API ({@code POST /{phone-number-id}/messages}).
 * WhatsApp accepts free text only within 24 hours of the customer's last message; after
 * that the approved template named by {@code WHATSAPP_REMINDER_TEMPLATE} carries the
 * text.
 */
@Component
@ConditionalOnWhatsApp
class WhatsAppTransport implements ChannelTransport {

	static final Duration CUSTOMER_SERVICE_WINDOW = Duration.ofHours(24);

	/** Template parameters may not contain line breaks and are limited in length. */
	private static final int MAX_PARAMETER = 1000;

	private final WhatsAppProperties properties;

	private final RestClient http;

	private final Clock clock;

	WhatsAppTransport(WhatsAppProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
		this.http = OutboundHttp.restClient(properties.apiBaseUrl(), properties.timeout())
			.defaultHeaders((headers) -> headers.setBearerAuth(properties.accessToken()))
			.build();
	}

	@Override
	public Channel channel() {
		return Channel.WHATSAPP;
	}

	@Override
	public String send(OutboundMessage message) {
		JsonNode answer = this.http.post()
			.uri("/{phoneNumberId}/messages", this.properties.phoneNumberId())
			.contentType(MediaType.APPLICATION_JSON)
			.body(insideWindow(message) ? text(message) : template(message))
			.retrieve()
			.body(JsonNode.class);
		return (answer != null) ? answer.path("messages").path(0).path("id").asText(null) : null;
	}

	@Override
	public String refusal(OutboundMessage message) {
		String template = this.properties.reminderTemplate();
		if (insideWindow(message) || (template != null && !template.isBlank())) {
			return null;
		}
		return "The customer last wrote on WhatsApp more than 24 hours ago; WhatsApp then accepts only an approved "
				+ "template, and none is configured (WHATSAPP_REMINDER_TEMPLATE). Reach the customer another way.";
	}

	private boolean insideWindow(OutboundMessage message) {
		return message.lastCustomerMessageAt() != null
				&& message.lastCustomerMessageAt().plus(CUSTOMER_SERVICE_WINDOW).isAfter(this.clock.instant());
	}

	private static Map<String, Object> text(OutboundMessage message) {
		return Map.of("messaging_product", "whatsapp", "recipient_type", "individual", "to", message.recipient(),
				"type", "text", "text", Map.of("preview_url", false, "body", message.text()));
	}

	private Map<String, Object> template(OutboundMessage message) {
		String template = this.properties.reminderTemplate();
		if (template == null || template.isBlank()) {
			throw new IllegalStateException("The customer last wrote more than 24 hours ago, so WhatsApp only accepts "
					+ "a template, and WHATSAPP_REMINDER_TEMPLATE is not set.");
		}
		String parameter = message.text().replaceAll("\\s+", " ").strip();
		if (parameter.length() > MAX_PARAMETER) {
			parameter = parameter.substring(0, MAX_PARAMETER - 1) + "…";
		}
		String language = (message.language() != null) ? message.language() : "en";
		return Map.of("messaging_product", "whatsapp", "recipient_type", "individual", "to", message.recipient(),
				"type", "template", "template",
				Map.of("name", template, "language", Map.of("code", language), "components", List
					.of(Map.of("type", "body", "parameters", List.of(Map.of("type", "text", "text", parameter))))));
	}

}
