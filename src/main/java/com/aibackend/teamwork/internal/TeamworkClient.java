package com.aibackend.teamwork.internal;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.aibackend.teamwork.ConditionalOnTeamwork;
import com.aibackend.teamwork.TeamworkProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Teamwork Desk's v2 API, as much of it as the connector needs. A {@code 429} becomes
 * {@link RateLimited} with the wait Teamwork asks for; any other failure an exception, so
 * that the calling step is retried.
 */
@Component
@ConditionalOnTeamwork
class TeamworkClient {

	/**
	 * Teamwork allows about 120 requests a minute: wait half a minute when it says
	 * nothing.
	 */
	private static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);

	private final RestClient http;

	private final ObjectMapper json;

	private final Map<String, Long> agents = new ConcurrentHashMap<>();

	private final Map<String, Long> tags = new ConcurrentHashMap<>();

	TeamworkClient(RestClient.Builder builder, TeamworkProperties properties, ObjectMapper json) {
		this.json = json;
		this.http = builder.baseUrl(properties.apiBaseUrl())
			.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + properties.apiKey())
			.defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
			.defaultStatusHandler((status) -> status.value() == HttpStatus.TOO_MANY_REQUESTS.value(),
					(request, response) -> {
						throw new RateLimited(retryAfter(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)));
					})
			.build();
	}

	/** The customer with this e-mail address or phone number, if Teamwork knows them. */
	Optional<Long> findCustomer(String field, String value) {
		JsonNode found = get("/customers.json", filter(field, value));
		return first(found.path("customers"));
	}

	long createCustomer(ObjectNode customer) {
		ObjectNode body = this.json.createObjectNode();
		body.set("customer", customer);
		return post("/customers.json", body).path("customer").path("id").asLong();
	}

	/** The agent with this e-mail address, looked up once and remembered. */
	Optional<Long> agent(String email) {
		Long known = this.agents.get(email);
		if (known != null) {
			return Optional.of(known);
		}
		Optional<Long> found = first(get("/users.json", filter("email", email)).path("users"));
		found.ifPresent((id) -> this.agents.put(email, id));
		return found;
	}

	/** The e-mail address of the agent with this id. */
	Optional<String> agentEmail(long id) {
		JsonNode user = this.http.get().uri("/users/{id}.json", id).retrieve().body(JsonNode.class);
		String email = (user != null) ? user.path("user").path("email").asText(null) : null;
		if (email != null) {
			this.agents.put(email, id);
		}
		return Optional.ofNullable(email);
	}

	/** The tag with this name, created when missing; remembered. */
	long tag(String name) {
		return this.tags.computeIfAbsent(name,
				(key) -> first(get("/tags.json", filter("name", key)).path("tags")).orElseGet(() -> {
					ObjectNode tag = this.json.createObjectNode();
					tag.putObject("tag").put("name", key);
					return post("/tags.json", tag).path("tag").path("id").asLong();
				}));
	}

	long createTicket(ObjectNode ticket) {
		ObjectNode body = this.json.createObjectNode();
		body.set("ticket", ticket);
		return post("/tickets.json", body).path("ticket").path("id").asLong();
	}

	void updateTicket(long id, ObjectNode ticket) {
		ObjectNode body = this.json.createObjectNode();
		body.set("ticket", ticket);
		this.http.patch()
			.uri("/tickets/{id}.json", id)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.toBodilessEntity();
	}

	/** A message to the ticket: {@code note} for agents only, {@code message} for all. */
	void addMessage(long ticketId, String text, String threadType) {
		ObjectNode body = this.json.createObjectNode();
		body.put("message", text);
		body.put("threadType", threadType);
		post("/tickets/" + ticketId + "/messages.json", body);
	}

	private JsonNode get(String path, String filter) {
		JsonNode body = this.http.get()
			.uri((uri) -> uri.path(path).queryParam("filter", "{filter}").build(filter))
			.retrieve()
			.body(JsonNode.class);
		return (body != null) ? body : this.json.createObjectNode();
	}

	private JsonNode post(String path, JsonNode body) {
		JsonNode answer = this.http.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.body(JsonNode.class);
		return (answer != null) ? answer : this.json.createObjectNode();
	}

	private String filter(String field, String value) {
		ObjectNode filter = this.json.createObjectNode();
		filter.putObject(field).put("$eq", value);
		return filter.toString();
	}

	private static Optional<Long> first(JsonNode list) {
		return (list.isArray() && !list.isEmpty()) ? Optional.of(list.get(0).path("id").asLong()) : Optional.empty();
	}

	private static Duration retryAfter(String header) {
		try {
			return (header != null) ? Duration.ofSeconds(Math.max(1, Long.parseLong(header.trim()))) : DEFAULT_WAIT;
		}
		catch (NumberFormatException ex) {
			return DEFAULT_WAIT;
		}
	}

	/** Teamwork's rate limit: try again after {@code wait}. */
	static final class RateLimited extends RuntimeException {

		private final Duration wait;

		RateLimited(Duration wait) {
			super("Teamwork Desk's rate limit: try again in " + wait.toSeconds() + " s");
			this.wait = wait;
		}

		Duration waitFor() {
			return this.wait;
		}

	}

}
