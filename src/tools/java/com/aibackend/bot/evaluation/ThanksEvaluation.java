package com.aibackend.bot.evaluation;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.aibackend.bot.BotProperties;
import com.aibackend.bot.ClassificationInput;
import com.aibackend.bot.Intent;
import com.aibackend.bot.classification.RuleBasedClassifier;
import com.aibackend.bot.model.RequestHeads;
import com.aibackend.bot.model.ServiceModel;
import com.aibackend.catalogue.ServiceCatalogue;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

import org.springframework.core.io.DefaultResourceLoader;

/**
 * {@code evaluate-thanks --data FILE.csv [--text-column text]}: how many messages of a
 * CSV of real requests the bot reads as a mere thank-you (intent COURTESY) (and so answer
 * politely instead of opening a ticket), with the first of them. Every row is a request,
 * so every hit is a mistake.
 */
public final class ThanksEvaluation {

	private static final int SHOWN = 10;

	private ThanksEvaluation() {
	}

	public static int run(List<String> args, PrintStream out, PrintStream err) {
		String data = null;
		String column = "text";
		boolean understood = args.size() % 2 == 0;
		for (int i = 0; understood && i < args.size(); i += 2) {
			switch (args.get(i)) {
				case "--data" -> data = args.get(i + 1);
				case "--text-column" -> column = args.get(i + 1);
				default -> understood = false;
			}
		}
		if (!understood || data == null) {
			err.println("usage: evaluate-thanks --data FILE.csv [--text-column text]");
			return 2;
		}
		try {
			evaluate(Path.of(data), column, out);
			return 0;
		}
		catch (IOException | IllegalArgumentException ex) {
			err.println("evaluate-thanks: " + ex.getMessage());
			return 1;
		}
	}

	static void evaluate(Path data, String column, PrintStream out) throws IOException {
		BotProperties properties = ExtractionEvaluation.botProperties();
		ServiceCatalogue catalogue = ExtractionEvaluation.catalogue();
		DefaultResourceLoader resources = new DefaultResourceLoader();
		RuleBasedClassifier classifier = new RuleBasedClassifier(properties, catalogue,
				new ServiceModel(properties, catalogue, resources), new RequestHeads(properties, resources));
		List<String> rows = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(data, StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.parse(reader,
						CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
			if (!parser.getHeaderMap().containsKey(column)) {
				throw new IllegalArgumentException("%s has no column '%s'".formatted(data, column));
			}
			parser.forEach((record) -> rows.add(record.get(column)));
		}
		List<String> thanks = rows.stream()
			.filter((text) -> classifier
				.classify(new ClassificationInput(null, List.of(text), null, "customer@example.com", null))
				.intent() == Intent.COURTESY)
			.toList();
		thanks.stream().limit(SHOWN).forEach((text) -> out.println("  read as thanks: " + text.replace('\n', ' ')));
		out.printf(Locale.ROOT, "read_as_thanks=%d of %d requests (%.3f %%)%n", thanks.size(), rows.size(),
				rows.isEmpty() ? 0.0 : 100.0 * thanks.size() / rows.size());
	}

}
