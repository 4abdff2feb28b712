package com.aibackend.bot.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.aibackend.bot.KeywordBot;
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
