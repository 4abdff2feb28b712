package com.aibackend.bot.llm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.aibackend.bot.ClassificationInput;
import com.aibackend.bot.Intent;
import com.aibackend.bot.Priority;
import com.aibackend.catalogue.ServiceCatalogue;
import com.aibackend.shared.ConditionalOnSettings;
import com.aibackend.shared.OutboundHttp;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Asks an OpenAI-compatible chat-completions endpoint to classify a message, with a
 * JSON-schema answer whose service can only be one of the catalogue. Calls time out, are
 * retried when the endpoint fails, and stop for a while (circuit breaker) when it keeps
 * failing. Any failure or invalid answer yields nothing, so the trained models decide.
 */
@Component
@ConditionalOnSettings({ "aibackend.bot.llm.base-url", "aibackend.bot.llm.model" })
public class OpenAiCompatibleLlmClient implements LlmClient {

	private static final Logger log = LoggerFactory.getLogger(OpenAiCompatibleLlmClient.class);

	private static final String SYSTEM_PROMPT = """
			You classify customer support messages for a help desk. Decide the intent (NEW_REQUEST for a problem \
			or request, STATUS_INQUIRY for a question about an existing ticket, OTHER for anything else such as \
			greetings or thanks), the service it concerns (only from the given list, null when none fits), the \
			priority (HIGH when work is blocked or it is urgent, LOW when the customer says it can wait, else \
			MEDIUM), the requester's name and company if the message states them. Answer with JSON only.""";

	private final RestClient http;

	private final LlmProperties properties;

	private final ServiceCatalogue bot;

	private final ObjectMapper json;

	private final Retry retry;

	private final CircuitBreaker circuitBreaker;

	OpenAiCompatibleLlmClient(LlmProperties properties, ServiceCatalogue bot, ObjectMapper json) {
		this.properties = properties;
		this.bot = bot;
		this.json = json;
		this.http = OutboundHttp.restClient(properties.baseUrl(), properties.timeout()).defaultHeaders((headers) -> {
			if (properties.apiKey() != null && !properties.apiKey().isBlank()) {
				headers.setBearerAuth(properties.apiKey());
			}
		}).build();
		// Client errors (bad key, bad request) will not heal by retrying; outages and
		// timeouts may.
		this.retry = Retry.of("llm",
				RetryConfig.custom()
					.maxAttempts(properties.maxAttempts())
					.waitDuration(Duration.ofMillis(200))
					.retryOnException(
							(ex) -> ex instanceof RestClientException && !(ex instanceof HttpClientErrorException))
					.build());
		this.circuitBreaker = CircuitBreaker.of("llm",
				CircuitBreakerConfig.custom()
					.failureRateThreshold(properties.failureRateThreshold())
					.slidingWindowSize(10)
					.minimumNumberOfCalls(4)
					.waitDurationInOpenState(properties.openCircuitFor())
					.build());
	}

	@Override
	public Optional<LlmReading> read(ClassificationInput input) {
		String content;
		try {
			content = this.circuitBreaker.executeSupplier(Retry.decorateSupplier(this.retry, () -> call(input)));
		}
		catch (CallNotPermittedException ex) {
			log.debug("LLM circuit is open; the trained models decide");
			return Optional.empty();
		}
		catch (RuntimeException ex) {
			log.warn("LLM call failed, the trained models decide: {}", ex.toString());
			return Optional.empty();
		}
		try {
			return Optional.of(parse(content));
		}
		catch (JsonProcessingException | IllegalArgumentException ex) {
			String reason = (ex instanceof JsonProcessingException json) ? json.getOriginalMessage() : ex.getMessage();
			log.warn("LLM answer rejected, the trained models decide: {}", reason);
			return Optional.empty();
		}
	}

	CircuitBreaker.State circuitState() {
		return this.circuitBreaker.getState();
	}

	private String call(ClassificationInput input) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("model", this.properties.model());
		request.put("temperature", 0);
		request.put("messages", List.of(Map.of("role", "system", "content", SYSTEM_PROMPT), Map.of("role", "user",
				"content", "Services: %s%n%nMessage:%n%s".formatted(serviceList(), messageOf(input)))));
		request.put("response_format", Map.of("type", "json_schema", "json_schema",
				Map.of("name", "ticket_classification", "strict", true, "schema", schema())));
		JsonNode response = this.http.post()
			.uri("/chat/completions")
			.contentType(MediaType.APPLICATION_JSON)
			.body(request)
			.retrieve()
			.body(JsonNode.class);
		JsonNode content = (response != null) ? response.path("choices").path(0).path("message").path("content") : null;
		if (content == null || !content.isTextual()) {
			throw new IllegalArgumentException("no message content in the answer");
		}
		return content.asText();
	}

	/** The answer must fit the schema and name only services of the catalogue. */
	private LlmReading parse(String content) throws JsonProcessingException {
		JsonNode answer = this.json.readTree(content);
		if (answer == null || !answer.isObject()) {
			throw new IllegalArgumentException("answer is not a JSON object");
		}
		Intent intent = Intent.valueOf(text(answer, "intent", true));
		Priority priority = Priority.valueOf(text(answer, "priority", true));
		String service = text(answer, "service", false);
		if (service != null && !this.bot.contains(service)) {
			throw new IllegalArgumentException("service '%s' is not in the catalogue".formatted(service));
		}
		return new LlmReading(intent, service, priority, text(answer, "requesterName", false),
				text(answer, "company", false));
	}

	private static String text(JsonNode answer, String field, boolean required) {
		JsonNode value = answer.get(field);
		if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
			if (required) {
				throw new IllegalArgumentException(field + " is missing");
			}
			return null;
		}
		if (!value.isTextual()) {
			throw new IllegalArgumentException(field + " is not a string");
		}
		return value.asText().strip();
	}

	private Map<String, Object> schema() {
		List<Object> services = new ArrayList<>(
				this.bot.services().stream().map(ServiceCatalogue.Service::id).toList());
		services.add(null);
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("intent", Map.of("type", "string", "enum", names(Intent.values())));
		properties.put("service", Map.of("type", List.of("string", "null"), "enum", services));
		properties.put("priority", Map.of("type", "string", "enum", names(Priority.values())));
		properties.put("requesterName", Map.of("type", List.of("string", "null")));
		properties.put("company", Map.of("type", List.of("string", "null")));
		return Map.of("type", "object", "properties", properties, "required", List.copyOf(properties.keySet()),
				"additionalProperties", false);
	}

	private String serviceList() {
		return String.join(", ", this.bot.services().stream().map((s) -> s.id() + " (" + s.name() + ")").toList());
	}

	private static String messageOf(ClassificationInput input) {
		String texts = String.join("\n---\n", input.texts());
		return (input.subject() != null) ? "Subject: " + input.subject() + "\n" + texts : texts;
	}

	private static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}

}
