package com.aibackend.bot.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The evaluate command on small CSV files written by the test, with quoted multi-line
 * texts.
 */
class ClassifierEvaluationTest {

	static final Pattern SUMMARY = Pattern
		.compile("(?m)^accuracy=(\\d\\.\\d{3}) macro_f1=(\\d\\.\\d{3}) per_second=\\d+$");

	@TempDir
	Path folder;

	@Test
	void trainsPredictsAndReportsTheSameFiguresEveryRun() throws IOException {
		Path train = csv("train.csv", 0, 12);
		Path test = csv("test.csv", 100, 4);

		String first = run("--train", train.toString(), "--test", test.toString(), "--text-column", "body",
				"--label-column", "queue", "--features", "tfidf");
		String second = run("--train", train.toString(), "--test", test.toString(), "--text-column", "body",
				"--label-column", "queue", "--features", "tfidf");

		assertThat(first).contains("precision  recall     f1  support", "confusion matrix", "training_seconds=");
		assertThat(first).containsPattern("(?m)^network\\s+1\\.000\\s+1\\.000\\s+1\\.000\\s+4$");
		Matcher summary = SUMMARY.matcher(first);
		assertThat(summary.find()).as("summary line in%n%s", first).isTrue();
		assertThat(summary.group(1)).isEqualTo("1.000");
		Matcher again = SUMMARY.matcher(second);
		assertThat(again.find()).isTrue();
		assertThat(again.group(1) + again.group(2)).isEqualTo(summary.group(1) + summary.group(2));
		assertThat(first.lines().filter((line) -> line.startsWith("accuracy="))).singleElement()
			.isEqualTo(first.lines().reduce((a, b) -> b).orElseThrow());
	}

	@Test
	void learningCurveReportsMacroF1AtFourFractionsOfTheTrainingRows() throws IOException {
		String report = run("--train", csv("train.csv", 0, 20).toString(), "--test", csv("test.csv", 100, 4).toString(),
				"--text-column", "body", "--label-column", "queue", "--learning-curve");

		Matcher rows = Pattern
			.compile("(?m)^fraction=(\\d\\.\\d\\d) rows=(\\d+) accuracy=\\d\\.\\d{3} macro_f1=(\\d\\.\\d{3})$")
			.matcher(report);
		List<String> fractions = new ArrayList<>();
		List<Integer> sizes = new ArrayList<>();
		String lastF1 = null;
		while (rows.find()) {
			fractions.add(rows.group(1));
			sizes.add(Integer.parseInt(rows.group(2)));
			lastF1 = rows.group(3);
		}
		assertThat(fractions).containsExactly("0.10", "0.25", "0.50", "1.00");
		assertThat(sizes).containsExactly(6, 15, 30, 60);
		assertThat(lastF1).isEqualTo("1.000");
	}

	@ParameterizedTest
	@ValueSource(strings = { "tfidf+embeddings", "tfidf+chars+embeddings" })
	void sentenceEmbeddingsJoinTheWordFeatures(String features) throws IOException {
		String report = run("--train", csv("train.csv", 0, 8).toString(), "--test", csv("test.csv", 100, 3).toString(),
				"--text-column", "body", "--label-column", "queue", "--features", features);
		assertThat(report).contains("features " + features);
		Matcher summary = SUMMARY.matcher(report);
		assertThat(summary.find()).isTrue();
		assertThat(Double.parseDouble(summary.group(1))).isGreaterThanOrEqualTo(0.8);
	}

	@Test
	void characterNgramsAreTheDefaultFeatures() throws IOException {
		String report = run("--train", csv("train.csv", 0, 8).toString(), "--test", csv("test.csv", 100, 3).toString(),
				"--text-column", "body", "--label-column", "queue");
		assertThat(report).contains("features tfidf+chars");
		Matcher summary = SUMMARY.matcher(report);
		assertThat(summary.find()).isTrue();
		assertThat(Double.parseDouble(summary.group(1))).isGreaterThanOrEqualTo(0.8);
	}

	@Test
	void unknownColumnIsAClearError() throws IOException {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = ClassifierEvaluation.run(
				List.of("--train", csv("train.csv", 0, 3).toString(), "--test", csv("test.csv", 0, 3).toString(),
						"--text-column", "body", "--label-column", "type"),
				new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(code).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("no column 'type'");
	}

	@Test
	void missingArgumentsPrintUsage() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = ClassifierEvaluation.run(List.of("--train", "x.csv"), new PrintStream(new ByteArrayOutputStream()),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(code).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("--test is required", "usage: evaluate");
	}

	private String run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int code = ClassifierEvaluation.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
				System.err);
		assertThat(code).isZero();
		return out.toString(StandardCharsets.UTF_8);
	}

	/**
	 * Three queues with their own vocabulary; texts span lines and contain quotes and
	 * commas.
	 */
	private Path csv(String name, int offset, int perLabel) throws IOException {
		String[][] vocabulary = { { "network", "vpn", "router", "wifi", "firewall", "latency" },
				{ "billing", "invoice", "refund", "payment", "charge", "receipt" },
				{ "hardware", "laptop", "printer", "monitor", "keyboard", "battery" } };
		List<String> lines = new ArrayList<>(List.of("id,body,queue"));
		for (String[] words : vocabulary) {
			for (int i = 0; i < perLabel; i++) {
				int n = offset + i;
				String body = "Hello,\n the %s and the %s, \"again\" %s issue %d.".formatted(words[1 + n % 5],
						words[1 + (n + 2) % 5], words[1 + (n + 3) % 5], n);
				lines.add("%d,\"%s\",%s".formatted(n, body.replace("\"", "\"\""), words[0]));
			}
		}
		Path file = this.folder.resolve(offset + "-" + name);
		Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
		return file;
	}

}
