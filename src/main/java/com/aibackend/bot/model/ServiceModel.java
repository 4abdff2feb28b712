package com.aibackend.bot.model;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import com.aibackend.bot.BotProperties;
import com.aibackend.bot.language.CatalogueTerms;
import com.aibackend.catalogue.ServiceCatalogue;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Recognises which service of the catalogue a message is about, with a head trained from
 * the shipped examples, the catalogue's keywords and agents' triage decisions. When it is
 * not sure it does not guess. A retrained model replaces the current one in one step:
 * classification never waits for training.
 */
@Component
public class ServiceModel {

	private static final int FOLDS = 5;

	private static final long SEED = 7L;

	private static final int AGENT_DECISION_WEIGHT = 3;

	private final List<LabelledText> shipped;

	private final CatalogueTerms terms;

	private final BotProperties.Training training;

	private final Clock clock;

	private final AtomicReference<Version> current = new AtomicReference<>();

	@Autowired
	ServiceModel(BotProperties properties, ServiceCatalogue catalogue, ResourceLoader resources, Clock clock) {
		this.shipped = examples(properties, catalogue, resources);
		this.terms = CatalogueTerms.of(properties, catalogue);
		this.training = properties.training();
		this.clock = clock;
		this.current.set(train(1, List.of(), false));
	}

	public ServiceModel(BotProperties properties, ServiceCatalogue catalogue, ResourceLoader resources) {
		this(properties, catalogue, resources, Clock.systemUTC());
	}

	public ServiceModel(TextClassifier classifier, BotProperties.Training training) {
		this.shipped = List.of();
		this.terms = new CatalogueTerms(new ServiceCatalogue(List.of()), Set.of());
		this.training = training;
		this.clock = Clock.systemUTC();
		this.current.set(new Version(1, new TrainedHead(classifier, training), Instant.now(), 0, 0, null));
	}

	public static TextClassifier train(BotProperties properties, List<LabelledText> examples) {
		return TrainedHead.train("Service", examples, properties.training()).classifier();
	}

	/** The labelled examples plus each catalogue keyword as an example of its service. */
	public static List<LabelledText> examples(BotProperties properties, ServiceCatalogue catalogue,
			ResourceLoader resources) {
		List<LabelledText> examples = new ArrayList<>(
				TrainedHead.readExamples("Service", properties.training().services(), resources));
		catalogue.services()
			.forEach((service) -> service.keywords()
				.forEach((keyword) -> examples.add(new LabelledText(keyword, service.id()))));
		return TrainedHead.requireKnownLabels("Service", examples, catalogue::contains);
	}

	/**
	 * Trains a new version from the shipped examples plus the agents' decisions, measures
	 * it by cross-validation and puts it in place. Slow; call it off the request path.
	 */
	public Version retrain(List<LabelledText> agentDecisions) {
		Version next = train(this.current.get().number() + 1, agentDecisions, true);
		this.current.set(next);
		return next;
	}

	private Version train(int number, List<LabelledText> agentDecisions, boolean crossValidate) {
		List<LabelledText> examples = new ArrayList<>(this.shipped);
		examples.addAll(agentDecisions);
		// A decision is a real customer's message confirmed by a person: it counts as
		// several of the written examples.
		List<LabelledText> weighted = new ArrayList<>(this.shipped);
		for (int i = 0; i < AGENT_DECISION_WEIGHT; i++) {
			weighted.addAll(agentDecisions);
		}
		TrainedHead head = TrainedHead.train("Service", weighted, this.training);
		Double accuracy = crossValidate ? crossValidatedAccuracy(examples) : null;
		return new Version(number, head, this.clock.instant(), examples.size(), agentDecisions.size(), accuracy);
	}

	/**
	 * Accuracy over five folds, each label spread evenly over the folds (fixed seed):
	 * each fold is predicted by a model trained on the other four.
	 */
	private Double crossValidatedAccuracy(List<LabelledText> examples) {
		if (examples.isEmpty()) {
			return null;
		}
		Map<String, List<LabelledText>> byLabel = examples.stream().collect(Collectors.groupingBy(LabelledText::label));
		List<List<LabelledText>> folds = new ArrayList<>();
		for (int i = 0; i < FOLDS; i++) {
			folds.add(new ArrayList<>());
		}
		Random random = new Random(SEED);
		int next = 0;
		for (String label : byLabel.keySet().stream().sorted(Comparator.naturalOrder()).toList()) {
			List<LabelledText> shuffled = new ArrayList<>(byLabel.get(label));
			Collections.shuffle(shuffled, random);
			for (LabelledText example : shuffled) {
				folds.get(next++ % FOLDS).add(example);
			}
		}
		int correct = 0;
		for (int i = 0; i < FOLDS; i++) {
			List<LabelledText> train = new ArrayList<>();
			for (int j = 0; j < FOLDS; j++) {
				if (j != i) {
					train.addAll(folds.get(j));
				}
			}
			TextClassifier classifier = TextClassifier.train(train,
					TextClassifier.Features.parse(this.training.features()));
			for (LabelledText example : folds.get(i)) {
				if (classifier.predict(example.text()).label().equals(example.label())) {
					correct++;
				}
			}
		}
		return (double) correct / examples.size();
	}

	public Version version() {
		return this.current.get();
	}

	public TextClassifier classifier() {
		return this.current.get().head().classifier();
	}

	public boolean isSure(TextPrediction prediction) {
		return this.current.get().head().isSure(prediction);
	}

	/**
	 * The service, or {@code null} when not sure enough: the model decides when it is
	 * sure; otherwise a text naming exactly one service by the catalogue's terms goes to
	 * that service, and one naming several goes to the model's best guess among them.
	 */
	public TextPrediction recognise(String text) {
		TextPrediction prediction = this.current.get().head().classifier().predict(text);
		if (isSure(prediction)) {
			return prediction;
		}
		Set<String> named = this.terms.servicesNamedIn(text);
		if (named.size() == 1) {
			return named(prediction, named.iterator().next());
		}
		return named.contains(prediction.label()) ? named(prediction, prediction.label()) : null;
	}

	/** Named by the catalogue's terms: as sure as the thresholds ask, or the model. */
	private TextPrediction named(TextPrediction prediction, String service) {
		double confidence = Math.max(this.training.minConfidence(),
				service.equals(prediction.label()) ? prediction.confidence() : 0);
		double margin = Math.max(this.training.minMargin(),
				service.equals(prediction.label()) ? prediction.margin() : this.training.minMargin());
		return new TextPrediction(service, confidence, margin);
	}

	/**
	 * One trained model.
	 *
	 * @param number counts up from 1 at start
	 * @param examples how many examples it learnt from, agents' decisions included
	 * @param agentDecisions how many of them were agents' triage decisions
	 * @param crossValidatedAccuracy five-fold accuracy on those examples ({@code null}
	 * until measured)
	 */
	public record Version(int number, TrainedHead head, Instant trainedAt, int examples, int agentDecisions,
			Double crossValidatedAccuracy) {
	}

}
