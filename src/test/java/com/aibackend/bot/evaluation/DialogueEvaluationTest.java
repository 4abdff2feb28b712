package com.aibackend.bot.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the bot does with messages written for measuring it (see docs/measurements.md for
 * which were written before which change): clear requests for the six demo services,
 * vague openers and thank-yous in English, German and Indonesian. At least 90 % of the
 * clear requests are routed without triage, at most 3 % to a wrong service; vague
 * messages are clarified and thank-yous answered politely.
 */
class DialogueEvaluationTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "dialogue-test, 9, 9", "dialogue-dev, 7, 7", "routing-test, 3, 3", "routing-unseen, 9, 9",
			"routing-final, 6, 5", "courtesy-final, 12, 0" })
	void clearRequestsAreRoutedVagueOnesClarifiedAndThanksAnswered(String set, int courtesy, int vague)
			throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		DialogueEvaluation.evaluate(Path.of("src/test/resources/bot/" + set + ".jsonl"),
				ExtractionEvaluation.botProperties(), new PrintStream(out, true, StandardCharsets.UTF_8));
		String report = out.toString(StandardCharsets.UTF_8);

		Matcher routing = Pattern.compile("routed_right=(\\d+) routed_wrong=(\\d+) triaged=(\\d+) of (\\d+) requests")
			.matcher(report);
		assertThat(routing.find()).as(report).isTrue();
		int right = Integer.parseInt(routing.group(1));
		int wrong = Integer.parseInt(routing.group(2));
		int requests = Integer.parseInt(routing.group(4));
		assertThat(right + wrong).as(report).isGreaterThanOrEqualTo((int) Math.ceil(0.9 * requests));
		assertThat(wrong).as(report).isLessThanOrEqualTo((int) Math.floor(0.03 * requests));
		assertThat(count(report, "COURTESY")).as(report).isGreaterThanOrEqualTo(courtesy);
		assertThat(count(report, "VAGUE")).as(report).isGreaterThanOrEqualTo(vague);
	}

	private static int count(String report, String kind) {
		Matcher line = Pattern.compile("(?m)^" + kind + "\\s+(\\d+) of").matcher(report);
		return line.find() ? Integer.parseInt(line.group(1)) : 0;
	}

}
