package com.aibackend.bot.evaluation;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.aibackend.bot.BotProperties;
import com.aibackend.bot.ClassificationInput;
import com.aibackend.bot.Intent;
import com.aibackend.bot.classification.Classification;
import com.aibackend.bot.classification.RuleBasedClassifier;
import com.aibackend.bot.extraction.FieldRequirements;
import com.aibackend.bot.model.RequestHeads;
import com.aibackend.bot.model.ServiceModel;
import com.aibackend.catalogue.ServiceCatalogue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.core.io.DefaultResourceLoader;

/**
 * {@code evaluate-dialogue --cases FILE.jsonl}: what the bot does with each message, as
 * the process would — route it to a service, send it to triage, ask the customer (vague)
 * or answer politely (courtesy) — against the expected outcome. Each line is
 * {@code {"text", "language", "expected"}} where expected is a service id, {@code VAGUE}
 * or {@code COURTESY}. Runs without the server, with the models of application.yaml.
 */
public final class DialogueEvaluation {

	static final String VAGUE = "VAGUE";

	static final String COURTESY = "COURTESY";

	static final String TRIAGE = "TRIAGE";

	private DialogueEvaluation() {
	}

	public static int run(List<String> args, PrintStream out, PrintStream err) {
		if (args.size() != 2 || !"--cases".equals(args.get(0))) {
			err.println("usage: evaluate-dialogue --cases FILE.jsonl");
			return 2;
		}
		try {
			evaluate(Path.of(args.get(1)), ExtractionEvaluation.botProperties(), out);
			return 0;
		}
		catch (IOException | IllegalArgumentException ex) {
			err.println("evaluate-dialogue: " + ex.getMessage());
			return 1;
		}
	}

	static void evaluate(Path cases, BotProperties properties, PrintStream out) throws IOException {
		DefaultResourceLoader resources = new DefaultResourceLoader();
		ServiceCatalogue catalogue = ExtractionEvaluation.catalogue();
		RuleBasedClassifier classifier = new RuleBasedClassifier(properties, catalogue,
				new ServiceModel(properties, catalogue, resources), new RequestHeads(properties, resources));
		FieldRequirements requirements = new FieldRequirements(properties, catalogue);
		ObjectMapper json = new ObjectMapper();
		Map<String, int[]> outcomes = new TreeMap<>();
		int routedRight = 0;
		int routedWrong = 0;
		int triaged = 0;
		int requests = 0;
		List<String> misses = new ArrayList<>();
		int number = 0;
		for (String line : Files.readAllLines(cases, StandardCharsets.UTF_8)) {
			if (line.isBlank()) {
				continue;
			}
			number++;
			JsonNode annotated = json.readTree(line);
			String text = annotated.path("text").asText();
			String expected = annotated.path("expected").asText();
			String outcome = outcome(classifier, requirements, text, annotated.path("language").asText("en"));
			boolean request = !VAGUE.equals(expected) && !COURTESY.equals(expected);
			if (request) {
				requests++;
				if (outcome.equals(expected)) {
					routedRight++;
				}
				else if (outcome.equals(TRIAGE)) {
					triaged++;
				}
				else {
					routedWrong++;
				}
			}
			int[] counts = outcomes.computeIfAbsent(request ? "service" : expected, (key) -> new int[2]);
			counts[1]++;
			if (outcome.equals(expected)) {
				counts[0]++;
			}
			else {
				misses.add("case %d: expected %s, got %s: %s".formatted(number, expected, outcome, text));
			}
		}
		out.printf(Locale.ROOT, "%d cases%n%n", number);
		outcomes
			.forEach((kind, counts) -> out.printf(Locale.ROOT, "%-9s %d of %d right%n", kind, counts[0], counts[1]));
		out.printf(Locale.ROOT, "%nmisses:%n");
		misses.forEach((miss) -> out.println("  " + miss));
		out.printf(Locale.ROOT, "%nrouted_right=%d routed_wrong=%d triaged=%d of %d requests%n", routedRight,
				routedWrong, triaged, requests);
	}

	/**
	 * What the process does with the message: a service id (ticket for that service),
	 * TRIAGE, VAGUE (the customer is asked to describe it), COURTESY or the intent's
	 * name.
	 */
	static String outcome(RuleBasedClassifier classifier, FieldRequirements requirements, String text,
			String language) {
		Classification reading = classifier
			.classify(new ClassificationInput(null, List.of(text), null, "customer@example.com", language));
		if (reading.intent() != Intent.NEW_REQUEST) {
			return reading.intent().name();
		}
		List<String> missing = requirements.missing(reading.intent(), reading.service(), reading.fields());
		// The condition of ticket-intake's Flow_NeedsTriage.
		if (missing.contains(FieldRequirements.SERVICE) && !missing.contains(FieldRequirements.DESCRIPTION)) {
			return TRIAGE;
		}
		if (missing.contains(FieldRequirements.DESCRIPTION)) {
			return VAGUE;
		}
		return reading.service();
	}

}
