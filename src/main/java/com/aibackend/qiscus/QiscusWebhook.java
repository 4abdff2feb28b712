package com.aibackend.qiscus;

import java.io.IOException;
import java.util.List;

import com.aibackend.conversation.Channel;
import com.aibackend.intake.Intake;
import com.aibackend.intake.IncomingMessage;
import com.aibackend.shared.InvalidRequestException;
import com.aibackend.shared.WebhookRequests;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Qiscus Omnichannel bot webhook. Qiscus lets one configure only a URL, so the shared
 * secret travels as {@code ?token=} (or the {@code X-Webhook-Token} header). A customer
 * message is stored and its process started or resumed before the {@code 200}; our own
 * posts, echoed back as {@code post_comment_rest}, are ignored.
 */
@RestController
@RequestMapping("/webhooks/qiscus")
@ConditionalOnQiscus
class QiscusWebhook {

	private static final Logger log = LoggerFactory.getLogger(QiscusWebhook.class);

	private final QiscusProperties properties;

	private final Intake intake;

	private final ObjectMapper json;

	QiscusWebhook(QiscusProperties properties, Intake intake, ObjectMapper json) {
		this.properties = properties;
		this.intake = intake;
		this.json = json;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Void> receive(HttpServletRequest request,
			@RequestParam(name = "token", required = false) String token,
			@RequestHeader(name = "X-Webhook-Token", required = false) String headerToken) throws IOException {
		String given = (token != null) ? token : headerToken;
		if (!WebhookRequests.sameSecret(this.properties.webhookSecret(), given)) {
			throw new WebhookRequests.UnauthenticatedWebhookException(
					"The webhook token is missing or wrong (?token= or X-Webhook-Token).");
		}
		JsonNode event = WebhookRequests.jsonObject(this.json, WebhookRequests.body(request));
		JsonNode payload = event.path("payload");
		String sender = payload.path("from").path("email").asText("");
		if ("post_comment_rest".equals(event.path("type").asText())
				|| sender.equalsIgnoreCase(this.properties.sender())) {
			return ResponseEntity.ok().build();
		}
		JsonNode message = payload.path("message");
		String room = payload.path("room").path("id").asText("");
		String id = message.path("unique_temp_id").asText("");
		if (sender.isBlank() || room.isBlank() || id.isBlank()) {
			throw new InvalidRequestException(
					"payload.from.email, payload.room.id and payload.message.unique_temp_id are required.");
		}
		String text = message.path("text").asText("");
		boolean unreadable = !"text".equals(message.path("type").asText("text")) || text.isBlank();
		if (unreadable) {
			String kind = message.path("type").asText("attachment");
			text = text.isBlank() ? "[%s]".formatted(kind) : IncomingMessage.captioned(kind, text);
		}
		this.intake.accept(new IncomingMessage(Channel.QISCUS, sender, payload.path("from").path("name").asText(null),
				null, text, null, id, room, List.of(), null, unreadable));
		log.debug("Qiscus message {} from room {} ({})", id, room, source(payload.path("room").path("options")));
		return ResponseEntity.ok().build();
	}

	/** {@code room.options} is a JSON string (an object in older payloads). */
	private String source(JsonNode options) {
		try {
			JsonNode parsed = options.isTextual() ? this.json.readTree(options.asText()) : options;
			return parsed.path("source").asText("unknown");
		}
		catch (JacksonException ex) {
			return "unknown";
		}
	}

}
