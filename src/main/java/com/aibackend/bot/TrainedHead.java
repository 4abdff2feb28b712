package com.aibackend.bot;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.ResourceLoader;

/**
 * One of the bot's trained heads (intent, priority): a text classifier learnt at start
 * from a labelled CSV, which answers only when sure, by the same confidence and margin as
 * the service model.
 */
final class TrainedHead {

	private static final Logger log = LoggerFactory.getLogger(TrainedHead.class);

	private final TextClassifier classifier;

	private final BotProperties.Training thresholds;

	private TrainedHead(TextClassifier classifier, BotProperties.Training thresholds) {
		this.classifier = classifier;
		this.thresholds = thresholds;
	}

	/** A head that never answers, for a head without training data. */
	static TrainedHead untrained() {
		return new TrainedHead(null, null);
	}

	static TrainedHead train(String name, String location, Set<String> labels, BotProperties.Training training,
			ResourceLoader resources) {
		if (location == null || location.isBlank()) {
			return untrained();
		}
		List<LabelledText> examples;
		try (Reader reader = new InputStreamReader(resources.getResource(location).getInputStream(),
				StandardCharsets.UTF_8)) {
			examples = LabelledText.readCsv(reader, location, "text", "label");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(name + " examples could not be read from " + location, ex);
		}
		examples.stream().filter((example) -> !labels.contains(example.label())).findFirst().ifPresent((example) -> {
			throw new IllegalStateException(
					"%s example with unknown label '%s': %s".formatted(name, example.label(), example.text()));
		});
		long started = System.nanoTime();
		TextClassifier classifier = TextClassifier.train(examples, TextClassifier.Features.parse(training.features()));
		log.info("{} model trained on {} examples in {} ms", name, examples.size(),
				(System.nanoTime() - started) / 1_000_000);
		return new TrainedHead(classifier, training);
	}

	/** The label, or {@code null} when untrained or not sure enough. */
	String recognise(String text) {
		if (this.classifier == null) {
			return null;
		}
		TextPrediction prediction = this.classifier.predict(text);
		boolean sure = prediction.confidence() >= this.thresholds.minConfidence()
				&& prediction.margin() >= this.thresholds.minMargin();
		return sure ? prediction.label() : null;
	}

}
