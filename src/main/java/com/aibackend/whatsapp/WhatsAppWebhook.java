package com.aibackend.whatsapp;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.aibackend.conversation.Channel;
import com.aibackend.intake.Intake;
import com.aibackend.intake.IncomingMessage;
import com.aibackend.conversation.MessageState;
import com.aibackend.outbound.DeliveryReports;
import com.aibackend.shared.WebhookRequests;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The WhatsApp Cloud API webhook: Meta's verification handshake, and deliveries of
 * customer messages and of status reports for ours. A delivery is authenticated by its
 * signature before it is read; messages are stored and their process started or resumed
 * before the {@code 200}; nothing is classified or sent on this thread.
 */
@RestController
@RequestMapping("/webhooks/whatsapp")
@ConditionalOnWhatsApp
class WhatsAppWebhook {

	private static final Logger log = LoggerFactory.getLogger(WhatsAppWebhook.class);

	private static final String SIGNATURE_PREFIX = "sha256=";

	private static final Map<String, MessageState> STATES = Map.of("sent", MessageState.SENT, "delivered",
			MessageState.DELIVERED, "read", MessageState.READ, "failed", MessageState.FAILED);

	private final WhatsAppProperties properties;

	private final Intake intake;

	private final DeliveryReports deliveryReports;

	private final ObjectMapper json;

	WhatsAppWebhook(WhatsAppProperties properties, Intake intake, DeliveryReports deliveryReports, ObjectMapper json) {
		this.properties = properties;
		this.intake = intake;
		this.deliveryReports = deliveryReports;
		this.json = json;
	}

	@GetMapping(produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> verify(@RequestParam(name = "hub.mode", required = false) String mode,
			@RequestParam(name = "hub.verify_token", required = false) String token,
			@RequestParam(name = "hub.challenge", required = false) String challenge) {
		if ("subscribe".equals(mode) && challenge != null
				&& WebhookRequests.sameSecret(this.properties.verifyToken(), token)) {
			return ResponseEntity.ok(challenge);
		}
		return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Void> receive(HttpServletRequest request,
			@RequestHeader(name = "X-Hub-Signature-256", required = false) String signature) throws IOException {
		byte[] body = WebhookRequests.body(request);
		if (signature == null || !signature.startsWith(SIGNATURE_PREFIX)
				|| !WebhookRequests.sameSecret(WebhookRequests.hmacSha256Hex(this.properties.appSecret(), body),
						signature.substring(SIGNATURE_PREFIX.length()).toLowerCase())) {
			throw new WebhookRequests.UnauthenticatedWebhookException(
					"X-Hub-Signature-256 is missing or does not match the body.");
		}
		JsonNode notification = WebhookRequests.jsonObject(this.json, body);
		for (JsonNode entry : notification.path("entry")) {
			for (JsonNode change : entry.path("changes")) {
				JsonNode value = change.path("value");
				Map<String, String> names = contactNames(value.path("contacts"));
				for (JsonNode message : value.path("messages")) {
					receiveMessage(message, names);
				}
				for (JsonNode status : value.path("statuses")) {
					reportStatus(status);
				}
			}
		}
		// Anything else (other fields, unknown types) is acknowledged: WhatsApp would
		// retry it for days otherwise.
		return ResponseEntity.ok().build();
	}

	private void receiveMessage(JsonNode message, Map<String, String> names) {
		String from = message.path("from").asText(null);
		String id = message.path("id").asText(null);
		if (from == null || id == null) {
			log.warn("Ignored a WhatsApp message without sender or id");
			return;
		}
		String type = message.path("type").asText("unknown");
		String text = readableText(type, message);
		boolean unreadable = text == null;
		if (unreadable) {
			text = placeholder(type, message);
		}
		this.intake.accept(new IncomingMessage(Channel.WHATSAPP, from, names.get(from), null, text, null, id, from,
				List.of(), null, unreadable));
	}

	private static String readableText(String type, JsonNode message) {
		String text = switch (type) {
			case "text" -> message.path("text").path("body").asText(null);
			case "button" -> message.path("button").path("text").asText(null);
			case "interactive" -> {
				JsonNode interactive = message.path("interactive");
				JsonNode reply = interactive.has("button_reply") ? interactive.path("button_reply")
						: interactive.path("list_reply");
				yield reply.path("title").asText(null);
			}
			default -> null;
		};
		return (text == null || text.isBlank()) ? null : text;
	}

	/** What is stored for something the bot cannot read: its caption, or what it was. */
	private static String placeholder(String type, JsonNode message) {
		JsonNode content = message.path(type);
		String caption = content.path("caption").asText("");
		if (!caption.isBlank()) {
			return IncomingMessage.captioned(type, caption);
		}
		if ("location".equals(type)) {
			return "[location: %s %s (%s, %s)]".formatted(content.path("name").asText(""),
					content.path("address").asText(""), content.path("latitude").asText(""),
					content.path("longitude").asText(""));
		}
		String filename = content.path("filename").asText("");
		return filename.isBlank() ? "[%s]".formatted(type) : "[%s: %s]".formatted(type, filename);
	}

	private void reportStatus(JsonNode status) {
		MessageState state = STATES.get(status.path("status").asText(""));
		String id = status.path("id").asText(null);
		if (state != null && id != null && !this.deliveryReports.report(Channel.WHATSAPP, id, state)) {
			log.debug("Status {} for unknown WhatsApp message {}", state, id);
		}
	}

	private static Map<String, String> contactNames(JsonNode contacts) {
		Map<String, String> names = new HashMap<>();
		for (JsonNode contact : contacts) {
			String name = contact.path("profile").path("name").asText("");
			if (!name.isBlank()) {
				names.put(contact.path("wa_id").asText(), name);
			}
		}
		return names;
	}

}
