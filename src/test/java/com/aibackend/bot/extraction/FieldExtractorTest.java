package com.aibackend.bot.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.aibackend.bot.KeywordBot;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Title and description: the problem, without greeting, introduction or signature. */
class FieldExtractorTest {

	final FieldExtractor extractor = new FieldExtractor(KeywordBot.PROPERTIES, KeywordBot.CATALOGUE);

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"My name is Bob Smith. My laptop screen flickers constantly since this morning.|My laptop screen flickers constantly since this morning.",
			"Hi, this is Omar Haddad from Sunline Travel. Our booking system cannot reach the payment gateway.|Our booking system cannot reach the payment gateway.",
			"Hallo, mein Name ist Jonas Weber und der Drucker im Flur druckt nur leere Seiten.|Der Drucker im Flur druckt nur leere Seiten.",
			"Selamat pagi, saya Rina dari PT Maju Bersama. Internet kantor kami mati sejak tadi pagi.|Internet kantor kami mati sejak tadi pagi." })
	void titleIsTheProblemWithoutGreetingOrIntroduction(String text, String title) {
		assertThat(this.extractor.title(null, List.of(text))).isEqualTo(title);
	}

	@Test
	void anOrdinalOrADateDoesNotEndTheTitlesSentence() {
		assertThat(this.extractor.title(null, List.of("Der Drucker im 2. Stock zieht kein Papier mehr ein.")))
			.isEqualTo("Der Drucker im 2. Stock zieht kein Papier mehr ein.");
		assertThat(this.extractor.title(null, List.of("Seit dem 3. Mai startet der Laptop nicht mehr.")))
			.isEqualTo("Seit dem 3. Mai startet der Laptop nicht mehr.");
	}

	/**
	 * Every message of the measuring sets: a title is the message's own words and ends
	 * where a word ends, whole or shortened (several are shortened).
	 */
	@Test
	void titlesEndAtAWordBoundary() throws IOException {
		ObjectMapper json = new ObjectMapper();
		int shortened = 0;
		for (String set : List.of("dialogue-test", "dialogue-dev", "routing-test", "routing-unseen", "routing-final",
				"courtesy-final", "extraction-test", "extraction-dev", "names-test")) {
			int titles = 0;
			for (String line : Files.readAllLines(Path.of("src/test/resources/bot/" + set + ".jsonl"))) {
				if (line.isBlank()) {
					continue;
				}
				String text = json.readTree(line).path("text").asText().replaceAll("\\s+", " ");
				String title = this.extractor.title(null, List.of(text));
				if (title == null) {
					continue;
				}
				titles++;
				String words = title;
				if (title.endsWith("…")) {
					words = title.substring(0, title.length() - 1);
					shortened++;
				}
				int at = text.toLowerCase(Locale.ROOT).indexOf(words.toLowerCase(Locale.ROOT));
				assertThat(at).as("title '%s' of '%s'", title, text).isGreaterThanOrEqualTo(0);
				int end = at + words.length();
				assertThat(end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))
					.as("title '%s' cut inside a word of '%s'", title, text)
					.isTrue();
			}
			assertThat(titles).as(set).isPositive();
		}
		assertThat(shortened).as("titles cut to 80 characters").isPositive();
	}

	@Test
	void titleIsShortenedToEightyCharactersAtAWord() {
		String title = this.extractor.title(null, List
			.of("The synchronisation between the warehouse management system and the online shop stops every night at two and nobody notices until morning."));
		assertThat(title).hasSizeLessThanOrEqualTo(80).endsWith("…").doesNotContain("  ");
	}

	@Test
	void aMeaningfulSubjectIsTheTitle() {
		assertThat(this.extractor.title("Re: VPN keeps disconnecting [REQ-1a2b3c4d]", List.of("Any news?")))
			.isEqualTo("VPN keeps disconnecting");
	}

	@Test
	void descriptionLeavesOutGreetingAndSignature() {
		assertThat(this.extractor.description(List.of("""
				Hello,
				the printer on floor 3 jams on every page.

				Kind regards,
				Jane Doe
				Acme Ltd

				Sent from my iPhone"""))).isEqualTo("the printer on floor 3 jams on every page.");
		assertThat(this.extractor.description(List.of("Hi team, the VPN drops. Thanks, Mark")))
			.isEqualTo("the VPN drops.");
	}

}
