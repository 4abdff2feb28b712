package com.aibackend.bot.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.aibackend.bot.ClassificationInput;
import com.aibackend.bot.KeywordBot;
import com.aibackend.bot.Priority;
import com.aibackend.bot.classification.Classification;
import com.aibackend.bot.classification.RuleBasedClassifier;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The optional LLM against a WireMock stub of the chat-completions API: it helps, or it
 * is ignored.
 */
class LlmAssistedClassifierTest {

	static final String PATH = "/v1/chat/completions";

	static final String MESSAGE = "My printer is fine but invoice 2024-118 charged us twice, please fix it soon";

	final ObjectMapper json = new ObjectMapper();

	WireMockServer llm;

	RuleBasedClassifier models;

	@BeforeEach
	void start() {
		this.llm = new WireMockServer(wireMockConfig().dynamicPort());
		this.llm.start();
		this.models = new RuleBasedClassifier(KeywordBot.PROPERTIES, KeywordBot.CATALOGUE, KeywordBot.serviceModel());
	}

	@AfterEach
	void stop() {
		this.llm.stop();
	}

	@Test
	void validAnswerDecidesAndNamesOnlyCatalogueServices() throws Exception {
		answer("{\"intent\":\"NEW_REQUEST\",\"service\":\"BILLING\",\"priority\":\"HIGH\","
				+ "\"requesterName\":\"Jane Doe\",\"company\":\"Acme\"}");

		Classification result = classifier(Duration.ofSeconds(2)).classify(input());

		assertThat(result.service()).isEqualTo("BILLING");
		assertThat(result.priority()).isEqualTo(Priority.HIGH);
		assertThat(result.fields().requesterName()).isEqualTo("Jane Doe");
		assertThat(result.fields().company()).isEqualTo("Acme");
		assertThat(result.confidence()).isEqualTo(LlmAssistedClassifier.LLM_CONFIDENCE);
		this.llm.verify(postRequestedFor(urlEqualTo(PATH)).withHeader("Authorization", equalTo("Bearer test-key"))
			.withRequestBody(matchingJsonPath("$.model", equalTo("test-model")))
			.withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_schema"))));
		JsonNode schema = this.json.readTree(this.llm.getAllServeEvents().get(0).getRequest().getBodyAsString())
			.at("/response_format/json_schema/schema/properties/service/enum");
		assertThat(schema.toString()).isEqualTo("[\"NETWORK\",\"HARDWARE\",\"BILLING\",null]");
	}

	@Test
	void invalidJsonLeavesTheDecisionToTheModels() throws Exception {
		answer("this is not JSON");
		assertThat(classifier(Duration.ofSeconds(2)).classify(input())).isEqualTo(this.models.classify(input()));
	}

	@Test
	void unknownServiceLeavesTheDecisionToTheModels() throws Exception {
		answer("{\"intent\":\"NEW_REQUEST\",\"service\":\"GARDENING\",\"priority\":\"LOW\",\"requesterName\":null,"
				+ "\"company\":null}");
		assertThat(classifier(Duration.ofSeconds(2)).classify(input())).isEqualTo(this.models.classify(input()));
	}

	@Test
	void timeoutLeavesTheDecisionToTheModelsWithinBoundedTime() throws Exception {
		this.llm.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withFixedDelay(3_000)
			.withHeader("Content-Type", "application/json")
			.withBody(completion("{}"))));
		long started = System.nanoTime();

		Classification result = classifier(Duration.ofMillis(300)).classify(input());

		assertThat(result).isEqualTo(this.models.classify(input()));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2_500));
	}

	@Test
	void serverErrorsAreRetriedThenLeftToTheModels() {
		this.llm.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(500)));

		Classification result = classifier(Duration.ofSeconds(2)).classify(input());

		assertThat(result).isEqualTo(this.models.classify(input()));
		this.llm.verify(2, postRequestedFor(urlEqualTo(PATH)));
	}

	@Test
	void repeatedFailuresOpenTheCircuitSoTheLlmIsNoLongerCalled() {
		this.llm.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(503)));
		OpenAiCompatibleLlmClient client = new OpenAiCompatibleLlmClient(properties(Duration.ofSeconds(2)),
				KeywordBot.CATALOGUE, this.json);

		for (int i = 0; i < 6; i++) {
			assertThat(client.read(input())).isEmpty();
		}

		assertThat(client.circuitState()).isEqualTo(CircuitBreaker.State.OPEN);
		this.llm.verify(8, postRequestedFor(urlEqualTo(PATH)));
	}

	@Test
	void withoutConfigurationTheLlmIsOff() {
		LlmAssistedClassifier off = new LlmAssistedClassifier(this.models, Optional.empty(),
				new LlmProperties(null, null, null, null, 1, 0, null));
		assertThat(off.classify(input())).isEqualTo(this.models.classify(input()));
		assertThat(this.llm.getAllServeEvents()).isEmpty();
	}

	private LlmAssistedClassifier classifier(Duration timeout) {
		LlmProperties properties = properties(timeout);
		return new LlmAssistedClassifier(this.models,
				Optional.of(new OpenAiCompatibleLlmClient(properties, KeywordBot.CATALOGUE, this.json)), properties);
	}

	private LlmProperties properties(Duration timeout) {
		return new LlmProperties(this.llm.baseUrl() + "/v1", "test-key", "test-model", timeout, 2, 50,
				Duration.ofMinutes(1));
	}

	private void answer(String content) throws Exception {
		this.llm.stubFor(post(urlEqualTo(PATH))
			.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(completion(content))));
	}

	private String completion(String content) throws Exception {
		return this.json
			.writeValueAsString(Map.of("id", "chatcmpl-1", "object", "chat.completion", "choices", List.of(Map
				.of("index", 0, "message", Map.of("role", "assistant", "content", content), "finish_reason", "stop"))));
	}

	private static ClassificationInput input() {
		return new ClassificationInput(null, List.of(MESSAGE), null, "jane@acme.example", "en");
	}

}
