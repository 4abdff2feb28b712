package com.aibackend.bot.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * What the bot does with messages it was not tuned on: 36 requests for the six demo
 * services, 9 vague messages and 9 thank-yous in English, German and Indonesian, written
 * before the rules and examples were tuned.
 */
class DialogueEvaluationTest {

	@Test
	void heldOutMessagesAreRoutedClarifiedOrAnsweredAsTheIssueRequires() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		DialogueEvaluation.evaluate(Path.of("src/test/resources/bot/dialogue-test.jsonl"),
				ExtractionEvaluation.botProperties(), new PrintStream(out, true, StandardCharsets.UTF_8));
		String report = out.toString(StandardCharsets.UTF_8);

		Matcher routing = Pattern.compile("routed_right=(\\d+) routed_wrong=(\\d+) triaged=(\\d+) of 36 requests")
			.matcher(report);
		assertThat(routing.find()).as(report).isTrue();
		assertThat(Integer.parseInt(routing.group(1))).as(report).isGreaterThanOrEqualTo(31);
		assertThat(Integer.parseInt(routing.group(2))).as(report).isLessThanOrEqualTo(2);
		assertThat(report).contains("VAGUE     9 of 9 right");
		assertThat(count(report, "COURTESY")).as(report).isGreaterThanOrEqualTo(8);
	}

	private static int count(String report, String kind) {
		Matcher line = Pattern.compile("(?m)^" + kind + "\\s+(\\d+) of").matcher(report);
		assertThat(line.find()).isTrue();
		return Integer.parseInt(line.group(1));
	}

}
