package com.aibackend.bot.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * A text classifier trained from labelled examples: TF-IDF words and word pairs,
 * optionally joined by sentence embeddings, fed to a linear support vector machine
 * (Tribuo's LibLinear) whose class weights are balanced, so rare labels count as much as
 * frequent ones.
 */
public final class TextClassifier {

	/** Which features the model reads. */
	public enum Features {

		TFIDF, TFIDF_CHARS, TFIDF_EMBEDDINGS, TFIDF_CHARS_EMBEDDINGS;

		public static Features parse(String name) {
			return switch (name.toLowerCase(java.util.Locale.ROOT)) {
				case "tfidf" -> TFIDF;
				case "tfidf+chars" -> TFIDF_CHARS;
				case "tfidf+embeddings" -> TFIDF_EMBEDDINGS;
				case "tfidf+chars+embeddings" -> TFIDF_CHARS_EMBEDDINGS;
				default -> throw new IllegalArgumentException(
						"Unknown features '%s'; expected tfidf, tfidf+chars, tfidf+embeddings or tfidf+chars+embeddings"
							.formatted(name));
			};
		}

	}

	private static final long SEED = 42L;

	public static final double DEFAULT_COST = 1.0;

	/**
	 * SVM margins mostly lie within ±1; scaled up, a clear lead reads as a high
	 * confidence.
	 */
	private static final double MARGIN_SCALE = 3.0;

	private static final LabelFactory LABELS = new LabelFactory();

	private final TfIdfVectorizer vectorizer;

	private final Features features;

	private final Model<Label> model;

	private TextClassifier(TfIdfVectorizer vectorizer, Features features, Model<Label> model) {
		this.vectorizer = vectorizer;
		this.features = features;
		this.model = model;
	}

	public static TextClassifier train(List<LabelledText> examples, Features features) {
		return train(examples, features, DEFAULT_COST);
	}

	/**
	 * @param cost the SVM's C: higher fits the training examples more closely
	 */
	public static TextClassifier train(List<LabelledText> examples, Features features, double cost) {
		if (examples.isEmpty()) {
			throw new IllegalArgumentException("No training examples");
		}
		TfIdfVectorizer vectorizer = TfIdfVectorizer.fit(examples.stream().map(LabelledText::text).toList(),
				features == Features.TFIDF_CHARS || features == Features.TFIDF_CHARS_EMBEDDINGS);
		MutableDataset<Label> dataset = new MutableDataset<>(new SimpleDataSourceProvenance("training", LABELS),
				LABELS);
		for (LabelledText example : examples) {
			dataset.add(example(vectorizer, features, example.text(), new Label(example.label())));
		}
		LibLinearClassificationTrainer trainer = new LibLinearClassificationTrainer(
				new LinearClassificationType(LinearClassificationType.LinearType.L2R_L2LOSS_SVC_DUAL), cost, 1000, 0.1,
				SEED);
		trainer.setLabelWeights(balancedWeights(examples));
		return new TextClassifier(vectorizer, features, trainer.train(dataset));
	}

	public TextPrediction predict(String text) {
		Prediction<Label> prediction = this.model
			.predict(example(this.vectorizer, this.features, text, LABELS.getUnknownOutput()));
		return new TextPrediction(prediction.getOutput().getLabel(), confidence(prediction),
				prediction.getOutput().getScore());
	}

	/** Tribuo's own prediction, carrying the true label for evaluation. */
	public Prediction<Label> predict(String text, String trueLabel) {
		return this.model.predict(example(this.vectorizer, this.features, text, new Label(trueLabel)));
	}

	public Model<Label> model() {
		return this.model;
	}

	/**
	 * The SVM gives margins, not probabilities; a softmax over them ranks how clearly the
	 * winning label stands out, between 0 and 1.
	 */
	private static double confidence(Prediction<Label> prediction) {
		Map<String, Label> scores = prediction.getOutputScores();
		double max = scores.values().stream().mapToDouble(Label::getScore).max().orElse(0);
		double sum = scores.values()
			.stream()
			.mapToDouble((label) -> Math.exp(MARGIN_SCALE * (label.getScore() - max)))
			.sum();
		double best = Math.exp(MARGIN_SCALE * (prediction.getOutput().getScore() - max));
		return (sum > 0) ? best / sum : 0;
	}

	private static Example<Label> example(TfIdfVectorizer vectorizer, Features features, String text, Label label) {
		TreeMap<String, Double> vector = vectorizer.transform(text);
		// A constant feature: a text with no known word still gets a (low-confidence)
		// prediction.
		vector.put("bias", 1.0);
		if (features == Features.TFIDF_EMBEDDINGS || features == Features.TFIDF_CHARS_EMBEDDINGS) {
			float[] embedding = SentenceEmbeddings.of(text);
			for (int i = 0; i < embedding.length; i++) {
				vector.put("e:%03d".formatted(i), (double) embedding[i]);
			}
		}
		String[] names = vector.keySet().toArray(String[]::new);
		double[] values = vector.values().stream().mapToDouble(Double::doubleValue).toArray();
		return new ArrayExample<>(label, names, values);
	}

	/**
	 * Each label weighs as much as the others, counted over distinct examples: an example
	 * given several times (an agent's decision) counts more without making its label
	 * lighter.
	 */
	private static Map<Label, Float> balancedWeights(List<LabelledText> all) {
		List<LabelledText> examples = all.stream().distinct().toList();
		Map<String, Long> counts = examples.stream()
			.collect(Collectors.groupingBy(LabelledText::label, Collectors.counting()));
		Map<Label, Float> weights = new HashMap<>();
		counts.forEach(
				(label, count) -> weights.put(new Label(label), (float) examples.size() / (counts.size() * count)));
		return weights;
	}

}
