package com.aibackend.bot.evaluation;

import com.aibackend.intake.IncomingMessage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import com.aibackend.bot.BotProperties;
import com.aibackend.bot.ClassificationInput;
import com.aibackend.bot.extraction.ExtractedFields;
import com.aibackend.bot.extraction.FieldExtractor;
import com.aibackend.bot.language.LanguageDetection;
import com.aibackend.catalogue.ServiceCatalogue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * {@code evaluate-extraction --cases FILE.jsonl}: runs the field extraction and language
 * detection over annotated cases and prints precision and recall per field. Each line of
 * the file is
 * {@code {"text", "caption", "senderName", "senderAddress", "expected": {"requesterName", "company",
 * "contact", "ticketReference", "language"}}} ({@code caption}: the text is a picture's
 * caption); a missing or null expectation means "nothing should be found". Runs without the server, with the bot configuration from
 * {@code application.yaml}.
 */
public final class ExtractionEvaluation {

	private static final Map<String, Function<Reading, String>> FIELDS = new LinkedHashMap<>();

	static {
		FIELDS.put("requesterName", (reading) -> reading.fields().requesterName());
		FIELDS.put("company", (reading) -> reading.fields().company());
		FIELDS.put("contact", (reading) -> reading.fields().contact());
		FIELDS.put("ticketReference", (reading) -> reading.fields().ticketReference());
		FIELDS.put("language", Reading::language);
	}

	private ExtractionEvaluation() {
	}

	public static int run(List<String> args, PrintStream out, PrintStream err) {
		if (args.size() != 2 || !"--cases".equals(args.get(0))) {
			err.println("usage: evaluate-extraction --cases FILE.jsonl");
			return 2;
		}
		try {
			evaluate(Path.of(args.get(1)), botProperties(), out);
			return 0;
		}
		catch (IOException | IllegalArgumentException ex) {
			err.println("evaluate-extraction: " + ex.getMessage());
			return 1;
		}
	}

	static void evaluate(Path cases, BotProperties properties, PrintStream out) throws IOException {
		FieldExtractor extractor = new FieldExtractor(properties, catalogue());
		LanguageDetection languages = new LanguageDetection(properties);
		ObjectMapper json = new ObjectMapper();
		Map<String, int[]> counts = new LinkedHashMap<>();
		FIELDS.keySet().forEach((field) -> counts.put(field, new int[3]));
		List<String> misses = new ArrayList<>();
		int caseCount = 0;
		for (String line : Files.readAllLines(cases, StandardCharsets.UTF_8)) {
			if (line.isBlank()) {
				continue;
			}
			caseCount++;
			JsonNode annotated = json.readTree(line);
			// A picture's caption is stored as the channels store it.
			String text = annotated.path("caption").asBoolean(false)
					? IncomingMessage.captioned("image", required(annotated, "text", caseCount))
					: required(annotated, "text", caseCount);
			String language = languages.detect(text);
			Reading reading = new Reading(extractor.extract(new ClassificationInput(null, List.of(text),
					optional(annotated, "senderName"), optional(annotated, "senderAddress"), language)), language);
			JsonNode expected = annotated.path("expected");
			for (Map.Entry<String, Function<Reading, String>> field : FIELDS.entrySet()) {
				String want = optional(expected, field.getKey());
				String got = field.getValue().apply(reading);
				int[] tally = counts.get(field.getKey());
				boolean match = Objects.equals(normalise(want), normalise(got));
				if (got != null && match) {
					tally[0]++;
				}
				if (got != null && !match) {
					tally[1]++;
				}
				if (want != null && !match) {
					tally[2]++;
				}
				if (!match) {
					misses.add("case %d %s: expected %s, found %s".formatted(caseCount, field.getKey(), want, got));
				}
			}
		}
		out.printf(Locale.ROOT, "%d cases%n%n%-16s %9s %7s %4s %4s %4s%n", caseCount, "field", "precision", "recall",
				"tp", "fp", "fn");
		double precisionSum = 0;
		double recallSum = 0;
		for (Map.Entry<String, int[]> field : counts.entrySet()) {
			int[] t = field.getValue();
			double precision = ratio(t[0], t[0] + t[1]);
			double recall = ratio(t[0], t[0] + t[2]);
			precisionSum += precision;
			recallSum += recall;
			out.printf(Locale.ROOT, "%-16s %9.3f %7.3f %4d %4d %4d%n", field.getKey(), precision, recall, t[0], t[1],
					t[2]);
		}
		out.printf(Locale.ROOT, "%nmisses:%n");
		misses.forEach((miss) -> out.println("  " + miss));
		out.printf(Locale.ROOT, "%nmacro_precision=%.3f macro_recall=%.3f%n", precisionSum / counts.size(),
				recallSum / counts.size());
	}

	/**
	 * The bot's configuration as the application reads it from {@code application.yaml}.
	 */
	public static BotProperties botProperties() throws IOException {
		return applicationYaml().bind("aibackend.bot", BotProperties.class)
			.orElseThrow(() -> new IllegalArgumentException("application.yaml has no aibackend.bot section"));
	}

	/** The service catalogue as the application reads it from {@code application.yaml}. */
	public static ServiceCatalogue catalogue() throws IOException {
		return applicationYaml().bind("aibackend.catalogue", ServiceCatalogue.class)
			.orElseThrow(() -> new IllegalArgumentException("application.yaml has no aibackend.catalogue section"));
	}

	private static Binder applicationYaml() throws IOException {
		List<PropertySource<?>> sources = new YamlPropertySourceLoader().load("application",
				new ClassPathResource("application.yaml"));
		return new Binder(ConfigurationPropertySources.from(sources), new PropertySourcesPlaceholdersResolver(sources));
	}

	private static double ratio(int part, int whole) {
		return (whole == 0) ? 1.0 : (double) part / whole;
	}

	private static String normalise(String value) {
		return (value == null) ? null : value.strip().toLowerCase(Locale.ROOT);
	}

	private static String required(JsonNode node, String field, int caseNumber) {
		String value = optional(node, field);
		if (value == null) {
			throw new IllegalArgumentException("case %d has no %s".formatted(caseNumber, field));
		}
		return value;
	}

	private static String optional(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? null : value.asText();
	}

	private record Reading(ExtractedFields fields, String language) {
	}

}
