package com.aibackend.bot.evaluation;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import com.aibackend.bot.model.LabelledText;
import com.aibackend.bot.model.TextClassifier;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.evaluation.LabelEvaluation;
import org.tribuo.classification.evaluation.LabelEvaluator;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * {@code evaluate --train TRAIN.csv --test TEST.csv [--text-column text] [--label-column label]
 * [--features tfidf|tfidf+chars|tfidf+embeddings|tfidf+chars+embeddings] [--cost C] [--learning-curve]}:
 * trains on one labelled CSV, predicts another and prints per-label precision, recall and
 * F1, the confusion matrix, accuracy, macro-F1, training time and predictions per second
 * on one thread; with {@code --learning-curve}, macro-F1 at 10, 25, 50 and 100 % of the
 * training rows instead. Runs without the server.
 */
public final class ClassifierEvaluation {

	/**
	 * Fast on one core and good on short messages; embeddings are an option for meaning.
	 */
	static final String DEFAULT_FEATURES = "tfidf+chars";

	private static final double[] LEARNING_CURVE = { 0.10, 0.25, 0.50, 1.0 };

	private static final long LEARNING_CURVE_SEED = 7L;

	private ClassifierEvaluation() {
	}

	/** Runs the command; returns the process exit code. */
	public static int run(List<String> args, PrintStream out, PrintStream err) {
		Map<String, String> options;
		try {
			options = options(args);
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			err.println(
					"usage: evaluate --train TRAIN.csv --test TEST.csv [--text-column text] [--label-column label] [--features tfidf|tfidf+chars|tfidf+embeddings|tfidf+chars+embeddings] [--cost C] [--learning-curve]");
			return 2;
		}
		try {
			evaluate(options, out);
			return 0;
		}
		catch (IOException | IllegalArgumentException ex) {
			err.println("evaluate: " + ex.getMessage());
			return 1;
		}
	}

	private static void evaluate(Map<String, String> options, PrintStream out) throws IOException {
		String textColumn = options.getOrDefault("text-column", "text");
		String labelColumn = options.getOrDefault("label-column", "label");
		TextClassifier.Features features = TextClassifier.Features
			.parse(options.getOrDefault("features", DEFAULT_FEATURES));
		List<LabelledText> train = read(Path.of(options.get("train")), textColumn, labelColumn);
		List<LabelledText> test = read(Path.of(options.get("test")), textColumn, labelColumn);
		double cost = Double.parseDouble(options.getOrDefault("cost", String.valueOf(TextClassifier.DEFAULT_COST)));
		if (options.containsKey("learning-curve")) {
			learningCurve(train, test, features, cost, out);
			return;
		}
		out.printf(Locale.ROOT, "train: %d rows, test: %d rows, text column '%s', label column '%s', features %s%n",
				train.size(), test.size(), textColumn, labelColumn, options.getOrDefault("features", DEFAULT_FEATURES));

		long started = System.nanoTime();
		TextClassifier classifier = TextClassifier.train(train, features, cost);
		double trainingSeconds = (System.nanoTime() - started) / 1e9;

		List<Prediction<Label>> predictions = new ArrayList<>(test.size());
		long predicting = System.nanoTime();
		for (LabelledText example : test) {
			predictions.add(classifier.predict(example.text(), example.label()));
		}
		double perSecond = test.size() / ((System.nanoTime() - predicting) / 1e9);

		LabelEvaluation evaluation = new LabelEvaluator().evaluate(classifier.model(), predictions,
				new SimpleDataSourceProvenance("test", new LabelFactory()));
		report(evaluation, test, out);
		out.printf(Locale.ROOT, "training_seconds=%.2f%n", trainingSeconds);
		out.printf(Locale.ROOT, "accuracy=%.3f macro_f1=%.3f per_second=%d%n", evaluation.accuracy(),
				evaluation.macroAveragedF1(), Math.round(perSecond));
	}

	/**
	 * Macro-F1 on the same test rows when training on 10, 25, 50 and 100 % of the
	 * training rows (a fixed shuffle, so each fraction contains the smaller ones): how
	 * much labelled data the bot needs.
	 */
	private static void learningCurve(List<LabelledText> train, List<LabelledText> test,
			TextClassifier.Features features, double cost, PrintStream out) {
		List<LabelledText> shuffled = new ArrayList<>(train);
		Collections.shuffle(shuffled, new Random(LEARNING_CURVE_SEED));
		out.printf(Locale.ROOT, "learning curve: %d training rows, %d test rows%n", train.size(), test.size());
		for (double fraction : LEARNING_CURVE) {
			List<LabelledText> part = shuffled.subList(0, (int) Math.ceil(shuffled.size() * fraction));
			TextClassifier classifier = TextClassifier.train(part, features, cost);
			List<Prediction<Label>> predictions = test.stream()
				.map((example) -> classifier.predict(example.text(), example.label()))
				.toList();
			LabelEvaluation evaluation = new LabelEvaluator().evaluate(classifier.model(), predictions,
					new SimpleDataSourceProvenance("test", new LabelFactory()));
			out.printf(Locale.ROOT, "fraction=%.2f rows=%d accuracy=%.3f macro_f1=%.3f%n", fraction, part.size(),
					evaluation.accuracy(), evaluation.macroAveragedF1());
		}
	}

	private static void report(LabelEvaluation evaluation, List<LabelledText> test, PrintStream out) {
		TreeSet<String> labels = new TreeSet<>();
		test.forEach((example) -> labels.add(example.label()));
		int width = Math.max(5, labels.stream().mapToInt(String::length).max().orElse(5));
		out.printf(Locale.ROOT, "%n%-" + width + "s  precision  recall     f1  support%n", "label");
		for (String name : labels) {
			Label label = new Label(name);
			out.printf(Locale.ROOT, "%-" + width + "s  %9.3f  %6.3f  %5.3f  %7d%n", name, evaluation.precision(label),
					evaluation.recall(label), evaluation.f1(label),
					test.stream().filter((example) -> example.label().equals(name)).count());
		}
		out.printf(Locale.ROOT, "%nconfusion matrix (rows: true label, columns: predicted, in the order above)%n");
		for (String truth : labels) {
			StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s", truth));
			for (String predicted : labels) {
				row.append(String.format(Locale.ROOT, " %5d",
						Math.round(evaluation.getConfusionMatrix().confusion(new Label(predicted), new Label(truth)))));
			}
			out.println(row);
		}
		out.printf(Locale.ROOT, "%naccuracy: %.4f%nmacro-F1: %.4f%n", evaluation.accuracy(),
				evaluation.macroAveragedF1());
	}

	static List<LabelledText> read(Path file, String textColumn, String labelColumn) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return LabelledText.readCsv(reader, file.toString(), textColumn, labelColumn);
		}
	}

	private static Map<String, String> options(List<String> args) {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i < args.size(); i++) {
			String name = args.get(i);
			if (name.equals("--learning-curve")) {
				options.put("learning-curve", "true");
				continue;
			}
			if (!name.startsWith("--") || i + 1 >= args.size()) {
				throw new IllegalArgumentException("Unexpected argument '%s'".formatted(name));
			}
			options.put(name.substring(2), args.get(++i));
		}
		for (String required : List.of("train", "test")) {
			if (!options.containsKey(required)) {
				throw new IllegalArgumentException("--" + required + " is required");
			}
		}
		return options;
	}

}
