package com.aibackend.bot;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Recognises which service of the catalogue a message is about, with a model trained at
 * start from the labelled examples and the catalogue's keywords. Below the configured
 * confidence it does not guess.
 */
@Component
class ServiceModel {

	private static final Logger log = LoggerFactory.getLogger(ServiceModel.class);

	private final TextClassifier classifier;

	private final double minConfidence;

	private final double minMargin;

	@Autowired
	ServiceModel(BotProperties properties, ResourceLoader resources) {
		this(train(properties, examples(properties, resources)), properties.training());
	}

	ServiceModel(TextClassifier classifier, BotProperties.Training training) {
		this.classifier = classifier;
		this.minConfidence = training.minConfidence();
		this.minMargin = training.minMargin();
	}

	static TextClassifier train(BotProperties properties, List<LabelledText> examples) {
		long started = System.nanoTime();
		TextClassifier classifier = TextClassifier.train(examples,
				TextClassifier.Features.parse(properties.training().features()));
		log.info("Service model trained on {} examples in {} ms", examples.size(),
				(System.nanoTime() - started) / 1_000_000);
		return classifier;
	}

	/** The labelled examples plus each catalogue keyword as an example of its service. */
	static List<LabelledText> examples(BotProperties properties, ResourceLoader resources) {
		List<LabelledText> examples = new ArrayList<>();
		String location = properties.training().services();
		if (location != null && !location.isBlank()) {
			Resource resource = resources.getResource(location);
			try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
				examples.addAll(LabelledText.readCsv(reader, location, "text", "label"));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Service examples could not be read from " + location, ex);
			}
		}
		properties.services()
			.forEach((service) -> service.keywords()
				.forEach((keyword) -> examples.add(new LabelledText(keyword, service.id()))));
		examples.stream()
			.filter((example) -> properties.service(example.label()).isEmpty())
			.findFirst()
			.ifPresent((example) -> {
				throw new IllegalStateException(
						"Training example for unknown service '%s': %s".formatted(example.label(), example.text()));
			});
		return examples;
	}

	TextClassifier classifier() {
		return this.classifier;
	}

	/** The service, or {@code null} when the model is not sure enough. */
	TextPrediction recognise(String text) {
		TextPrediction prediction = this.classifier.predict(text);
		boolean sure = prediction.confidence() >= this.minConfidence && prediction.margin() >= this.minMargin;
		return sure ? prediction : null;
	}

}
