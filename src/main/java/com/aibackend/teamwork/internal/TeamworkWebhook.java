package com.aibackend.teamwork.internal;

import java.io.IOException;

import com.aibackend.shared.WebhookRequests;
import com.aibackend.teamwork.ConditionalOnTeamwork;
import com.aibackend.teamwork.TeamworkProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /webhooks/teamwork}: Teamwork Desk tells us what its agents did. The body
 * must carry {@code X-Desk-Signature} (or {@code X-Teamwork-Signature}), the HMAC-SHA256
 * of the raw body with the configured secret (hex, optionally prefixed {@code sha256=});
 * anything else is refused with 401 and nothing is stored.
 */
@RestController
@RequestMapping("/webhooks/teamwork")
@ConditionalOnTeamwork
class TeamworkWebhook {

	/** The actor of changes Teamwork Desk made, so that they are not sent back to it. */
	static final String ACTOR = "teamwork-desk";

	private static final String SIGNATURE_PREFIX = "sha256=";

	private final TeamworkProperties properties;

	private final TeamworkInbound inbound;

	private final ObjectMapper json;

	TeamworkWebhook(TeamworkProperties properties, TeamworkInbound inbound, ObjectMapper json) {
		this.properties = properties;
		this.inbound = inbound;
		this.json = json;
	}

	@PostMapping
	ResponseEntity<Void> receive(HttpServletRequest request,
			@RequestHeader(name = "X-Desk-Signature", required = false) String deskSignature,
			@RequestHeader(name = "X-Teamwork-Signature", required = false) String teamworkSignature,
			@RequestHeader(name = "X-Desk-Event", required = false) String eventHeader) throws IOException {
		byte[] body = WebhookRequests.body(request);
		String signature = (deskSignature != null) ? deskSignature : teamworkSignature;
		String secret = this.properties.webhookSecret();
		String given = (signature != null && signature.startsWith(SIGNATURE_PREFIX))
				? signature.substring(SIGNATURE_PREFIX.length()) : signature;
		if (secret == null || secret.isBlank() || given == null
				|| !WebhookRequests.sameSecret(WebhookRequests.hmacSha256Hex(secret, body), given.toLowerCase())) {
			throw new WebhookRequests.UnauthenticatedWebhookException(
					"X-Desk-Signature is missing or does not match the body.");
		}
		JsonNode event = WebhookRequests.jsonObject(this.json, body);
		String name = event.path("event").asText((eventHeader != null) ? eventHeader : "");
		this.inbound.receive(name, event, WebhookRequests.sha256Hex(body));
		// Events we do not act on are acknowledged too: Teamwork would send them again.
		return ResponseEntity.ok().build();
	}

}
