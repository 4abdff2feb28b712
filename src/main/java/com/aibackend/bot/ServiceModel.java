package com.aibackend.bot;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Recognises which service of the catalogue a message is about, with a head trained at
 * start from the labelled examples and the catalogue's keywords. When it is not sure it
 * does not guess.
 */
@Component
class ServiceModel {

	private final TrainedHead head;

	@Autowired
	ServiceModel(BotProperties properties, ResourceLoader resources) {
		this(train(properties, examples(properties, resources)), properties.training());
	}

	ServiceModel(TextClassifier classifier, BotProperties.Training training) {
		this.head = new TrainedHead(classifier, training);
	}

	static TextClassifier train(BotProperties properties, List<LabelledText> examples) {
		return TrainedHead.train("Service", examples, properties.training()).classifier();
	}

	/** The labelled examples plus each catalogue keyword as an example of its service. */
	static List<LabelledText> examples(BotProperties properties, ResourceLoader resources) {
		List<LabelledText> examples = new ArrayList<>(
				TrainedHead.readExamples("Service", properties.training().services(), resources));
		properties.services()
			.forEach((service) -> service.keywords()
				.forEach((keyword) -> examples.add(new LabelledText(keyword, service.id()))));
		return TrainedHead.requireKnownLabels("Service", examples, (label) -> properties.service(label).isPresent());
	}

	TextClassifier classifier() {
		return this.head.classifier();
	}

	boolean isSure(TextPrediction prediction) {
		return this.head.isSure(prediction);
	}

	/** The service, or {@code null} when the model is not sure enough. */
	TextPrediction recognise(String text) {
		return this.head.recognise(text);
	}

}
