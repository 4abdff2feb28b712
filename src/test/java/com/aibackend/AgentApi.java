package com.aibackend;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The application's REST API over real HTTP, as the demo agent uses it. */
final class AgentApi {

	static final Duration PATIENCE = Duration.ofSeconds(60);

	private final TestRestTemplate http;

	AgentApi(TestRestTemplate http) {
		this.http = http;
	}

	ResponseEntity<String> send(HttpMethod method, String path, String body) {
		return this.http.withBasicAuth("agent@example.com", "agent123")
			.exchange(path, method, json(body), String.class);
	}

	Map<String, Object> get(String path) {
		return JsonPath.read(send(HttpMethod.GET, path, null).getBody(), "$");
	}

	List<Map<String, Object>> list(String path) {
		return JsonPath.read(send(HttpMethod.GET, path, null).getBody(), "$");
	}

	/** The conversation's messages in both directions, oldest first. */
	List<Map<String, Object>> messages(String conversationId) {
		return JsonPath.read(send(HttpMethod.GET, "/api/conversations/" + conversationId, null).getBody(),
				"$.messages");
	}

	/**
	 * The newest conversation {@code query} finds (for example
	 * {@code channel=QISCUS&sender=...}), once the webhook's acknowledged delivery is
	 * routed.
	 */
	String awaitConversation(String query) {
		return (String) await().atMost(PATIENCE)
			.pollDelay(Duration.ZERO)
			.pollInterval(Duration.ofMillis(100))
			.until(() -> list("/api/conversations?" + query), (found) -> !found.isEmpty())
			.get(0)
			.get("id");
	}

	String awaitTicket(String conversationId) {
		// Asked at once, then every 200 ms: a ticket that is already there costs no wait
		// (300 tickets in a row used to wait a minute for nothing).
		await().atMost(PATIENCE)
			.pollDelay(Duration.ZERO)
			.pollInterval(Duration.ofMillis(200))
			.until(() -> get("/api/conversations/" + conversationId).get("ticketId") != null);
		return (String) get("/api/conversations/" + conversationId).get("ticketId");
	}

	static HttpEntity<String> json(String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

}
