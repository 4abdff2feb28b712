package com.aibackend.qiscus;

import java.util.Map;

import com.aibackend.conversation.Channel;
import com.aibackend.outbound.ChannelTransport;
import com.aibackend.outbound.OutboundMessage;
import com.aibackend.shared.OutboundHttp;
import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** Posts answers into the customer's room through the Qiscus bot API. */
@Component
@ConditionalOnQiscus
class QiscusTransport implements ChannelTransport {

	private final QiscusProperties properties;

	private final RestClient http;

	QiscusTransport(QiscusProperties properties) {
		this.properties = properties;
		this.http = OutboundHttp.restClient(properties.apiBaseUrl(), properties.timeout())
			.defaultHeader("QISCUS_SDK_SECRET", properties.secretKey())
			.build();
	}

	@Override
	public Channel channel() {
		return Channel.QISCUS;
	}

	@Override
	public String send(OutboundMessage message) {
		if (message.thread() == null) {
			throw new IllegalStateException("Conversation %s has no Qiscus room".formatted(message.conversationId()));
		}
		JsonNode answer = this.http.post()
			.uri("/{appCode}/bot", this.properties.appCode())
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("sender_email", this.properties.sender(), "message", message.text(), "type", "text", "room_id",
					message.thread()))
			.retrieve()
			.body(JsonNode.class);
		if (answer == null) {
			return null;
		}
		JsonNode comment = answer.path("results").path("comment");
		String id = comment.path("unique_temp_id").asText(comment.path("id").asText(""));
		return id.isBlank() ? null : id;
	}

}
