package com.aibackend.bot.llm;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The optional LLM: any OpenAI-compatible chat-completions endpoint (OpenAI, Ollama,
 * vLLM, …). Off unless a base URL and a model are set.
 *
 * @param baseUrl e.g. {@code https://api.openai.com/v1} or
 * {@code http://localhost:11434/v1}
 * @param apiKey sent as a bearer token when set
 * @param model the model name
 * @param timeout for one call, connect and answer
 * @param maxAttempts calls per message when the endpoint fails (5xx, timeout, connection)
 * @param failureRateThreshold percentage of failed calls that opens the circuit
 * @param openCircuitFor how long the LLM is skipped once the circuit is open
 */
@ConfigurationProperties("aibackend.bot.llm")
public record LlmProperties(String baseUrl, String apiKey, String model, Duration timeout, int maxAttempts,
		float failureRateThreshold, Duration openCircuitFor) {

	public LlmProperties {
		timeout = (timeout != null) ? timeout : Duration.ofSeconds(10);
		maxAttempts = Math.max(1, maxAttempts);
		failureRateThreshold = (failureRateThreshold > 0) ? failureRateThreshold : 50;
		openCircuitFor = (openCircuitFor != null) ? openCircuitFor : Duration.ofSeconds(60);
	}

	public boolean enabled() {
		return this.baseUrl != null && !this.baseUrl.isBlank() && this.model != null && !this.model.isBlank();
	}

}
