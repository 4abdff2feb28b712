package com.aibackend.bot.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extraction evaluation on the project's annotated cases, and how it counts. */
class ExtractionEvaluationTest {

	static final Pattern SUMMARY = Pattern.compile("macro_precision=(\\d\\.\\d{3}) macro_recall=(\\d\\.\\d{3})");

	@TempDir
	Path folder;

	@Test
	void developmentCasesInThreeLanguagesStayAboveTheBar() throws Exception {
		String report = evaluate(Path.of("src/test/resources/bot/extraction-dev.jsonl"));

		assertThat(report).startsWith("80 cases").contains("requesterName", "company", "contact", "language");
		Matcher summary = SUMMARY.matcher(report);
		assertThat(summary.find()).isTrue();
		assertThat(Double.parseDouble(summary.group(1))).isGreaterThanOrEqualTo(0.98);
		assertThat(Double.parseDouble(summary.group(2))).isGreaterThanOrEqualTo(0.98);
	}

	/**
	 * The held-out cases were written before the rules were tuned and are never tuned on:
	 * they hold the bot to the targets on phrasing it was not fitted to.
	 */
	@Test
	void heldOutCasesMeetTheTargets() throws Exception {
		String report = evaluate(Path.of("src/test/resources/bot/extraction-test.jsonl"));

		assertThat(report).startsWith("68 cases");
		assertThat(figure(report, "requesterName", 1)).isGreaterThanOrEqualTo(0.95);
		assertThat(figure(report, "requesterName", 2)).isGreaterThanOrEqualTo(0.90);
		assertThat(figure(report, "company", 1)).isGreaterThanOrEqualTo(0.90);
		assertThat(figure(report, "company", 2)).isGreaterThanOrEqualTo(0.85);
		for (String field : new String[] { "contact", "ticketReference", "language" }) {
			assertThat(figure(report, field, 1)).as(field).isGreaterThanOrEqualTo(0.98);
			assertThat(figure(report, field, 2)).as(field).isGreaterThanOrEqualTo(0.98);
		}
	}

	/**
	 * WhatsApp captions and forwarded or quoted mails, written before the fix: no name or
	 * company is ever taken from a caption or from what another person wrote; the
	 * sender's own signature or profile name is.
	 */
	@Test
	void captionsAndForwardedMailsGiveNoNameButTheSendersOwn() throws Exception {
		String report = evaluate(Path.of("src/test/resources/bot/names-test.jsonl"));

		assertThat(report).startsWith("12 cases");
		for (String field : new String[] { "requesterName", "company" }) {
			assertThat(figure(report, field, 1)).as(field).isEqualTo(1.0);
			assertThat(figure(report, field, 2)).as(field).isEqualTo(1.0);
		}
	}

	/** Precision (1) or recall (2) of a field in the report. */
	private static double figure(String report, String field, int column) {
		Matcher line = Pattern.compile("(?m)^" + field + "\\s+(\\d\\.\\d{3})\\s+(\\d\\.\\d{3})").matcher(report);
		assertThat(line.find()).as(field).isTrue();
		return Double.parseDouble(line.group(column));
	}

	@Test
	void aWrongFindingCountsAgainstPrecisionAndAMissedOneAgainstRecall() throws Exception {
		Path cases = this.folder.resolve("cases.jsonl");
		Files.writeString(cases,
				"""
						{"text":"My name is Jane Doe, the VPN drops.","senderAddress":"jane@acme.example","expected":{"requesterName":"John Roe","company":"Acme","contact":"jane@acme.example","language":"en"}}
						{"text":"The VPN drops again, please help.","senderAddress":"x@y.example","expected":{"requesterName":"Kim Lo","company":"Y","contact":"x@y.example","language":"en"}}
						""",
				StandardCharsets.UTF_8);

		String report = evaluate(cases);

		assertThat(report).containsPattern("(?m)^requesterName\\s+0\\.000\\s+0\\.000\\s+0\\s+1\\s+2$")
			.containsPattern("(?m)^contact\\s+1\\.000\\s+1\\.000\\s+2\\s+0\\s+0$")
			.contains("case 1 requesterName: expected John Roe, found Jane Doe",
					"case 2 requesterName: expected Kim Lo, found null");
	}

	private String evaluate(Path cases) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ExtractionEvaluation.evaluate(cases, ExtractionEvaluation.botProperties(),
				new PrintStream(out, true, StandardCharsets.UTF_8));
		return out.toString(StandardCharsets.UTF_8);
	}

}
