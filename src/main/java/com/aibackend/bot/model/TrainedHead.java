package com.aibackend.bot.model;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;

import com.aibackend.bot.BotProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.ResourceLoader;

/**
 * One of the bot's trained heads (service, intent, priority, ticket type): a text
 * classifier learnt at start from labelled examples, which answers only when sure — when
 * the best label wins clearly (confidence) and the text lies inside its region (margin).
 */
public final class TrainedHead {

	private static final Logger log = LoggerFactory.getLogger(TrainedHead.class);

	private final TextClassifier classifier;

	private final BotProperties.Training thresholds;

	TrainedHead(TextClassifier classifier, BotProperties.Training thresholds) {
		this.classifier = classifier;
		this.thresholds = thresholds;
	}

	/** A head that never answers, for a head without training data. */
	static TrainedHead untrained() {
		return new TrainedHead(null, null);
	}

	/** Reads and trains from a labelled CSV; no location means an untrained head. */
	static TrainedHead train(String name, String location, Predicate<String> knownLabel,
			BotProperties.Training training, ResourceLoader resources) {
		List<LabelledText> examples = readExamples(name, location, resources);
		return examples.isEmpty() ? untrained() : train(name, requireKnownLabels(name, examples, knownLabel), training);
	}

	static TrainedHead train(String name, List<LabelledText> examples, BotProperties.Training training) {
		long started = System.nanoTime();
		TextClassifier classifier = TextClassifier.train(examples, TextClassifier.Features.parse(training.features()));
		log.info("{} model trained on {} examples in {} ms", name, examples.size(),
				(System.nanoTime() - started) / 1_000_000);
		return new TrainedHead(classifier, training);
	}

	static List<LabelledText> readExamples(String name, String location, ResourceLoader resources) {
		if (location == null || location.isBlank()) {
			return List.of();
		}
		try (Reader reader = new InputStreamReader(resources.getResource(location).getInputStream(),
				StandardCharsets.UTF_8)) {
			return LabelledText.readCsv(reader, location, "text", "label");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(name + " examples could not be read from " + location, ex);
		}
	}

	static List<LabelledText> requireKnownLabels(String name, List<LabelledText> examples,
			Predicate<String> knownLabel) {
		examples.stream().filter((example) -> !knownLabel.test(example.label())).findFirst().ifPresent((example) -> {
			throw new IllegalStateException(
					"%s example with unknown label '%s': %s".formatted(name, example.label(), example.text()));
		});
		return examples;
	}

	/**
	 * The best label with its confidence and margin, or {@code null} when untrained or
	 * not sure.
	 */
	TextPrediction recognise(String text) {
		if (this.classifier == null) {
			return null;
		}
		TextPrediction prediction = this.classifier.predict(text);
		return isSure(prediction) ? prediction : null;
	}

	/** Whether the best label wins clearly and the text lies inside its region. */
	boolean isSure(TextPrediction prediction) {
		return prediction.confidence() >= this.thresholds.minConfidence()
				&& prediction.margin() >= this.thresholds.minMargin();
	}

	TextClassifier classifier() {
		return this.classifier;
	}

}
