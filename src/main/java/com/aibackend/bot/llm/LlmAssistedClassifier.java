package com.aibackend.bot.llm;

import java.util.Optional;

import com.aibackend.bot.ClassificationInput;
import com.aibackend.bot.classification.Classification;
import com.aibackend.bot.classification.MessageClassifier;
import com.aibackend.bot.classification.RuleBasedClassifier;
import com.aibackend.bot.extraction.ExtractedFields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The bot's classifier: the trained models and rules always read the message; when an LLM
 * is configured and answers validly, its intent, service and priority win and its name
 * and company fill what the rules found. Without an LLM, or when it fails, the trained
 * models decide alone.
 */
@Component
@Primary
public class LlmAssistedClassifier implements MessageClassifier {

	private static final Logger log = LoggerFactory.getLogger(LlmAssistedClassifier.class);

	/** The LLM gives no probability; a valid answer counts as this sure. */
	static final double LLM_CONFIDENCE = 0.9;

	private final RuleBasedClassifier models;

	private final Optional<LlmClient> llm;

	LlmAssistedClassifier(RuleBasedClassifier models, Optional<LlmClient> llm, LlmProperties properties) {
		this.models = models;
		this.llm = llm;
		log.info(
				llm.isPresent() ? "LLM classification on: {} at {}"
						: "LLM classification off (no aibackend.bot.llm.base-url/model)",
				properties.model(), properties.baseUrl());
	}

	@Override
	public Classification classify(ClassificationInput input) {
		Classification models = this.models.classify(input);
		return this.llm.flatMap((client) -> client.read(input)).map((reading) -> merge(models, reading)).orElse(models);
	}

	private static Classification merge(Classification models, LlmReading reading) {
		ExtractedFields fields = models.fields();
		ExtractedFields merged = new ExtractedFields(first(reading.requesterName(), fields.requesterName()),
				first(reading.company(), fields.company()), fields.contact(), fields.description(),
				fields.ticketReference(), fields.title());
		return new Classification(reading.intent(), (reading.service() != null) ? reading.service() : models.service(),
				reading.priority(), models.type(), LLM_CONFIDENCE, merged);
	}

	private static String first(String value, String fallback) {
		return (value != null) ? value : fallback;
	}

}
