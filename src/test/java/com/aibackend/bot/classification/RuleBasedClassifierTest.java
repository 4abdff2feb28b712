package com.aibackend.bot.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.aibackend.bot.ClassificationInput;
import com.aibackend.bot.Intent;
import com.aibackend.bot.KeywordBot;
import com.aibackend.bot.Priority;
import com.aibackend.bot.extraction.ExtractedFields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RuleBasedClassifierTest {

	final RuleBasedClassifier classifier = new RuleBasedClassifier(KeywordBot.PROPERTIES, KeywordBot.CATALOGUE,
			KeywordBot.serviceModel());

	@Test
	void recognisesServiceAndPriorityFromKeywords() {
		Classification result = classify("The VPN is down for the whole office, urgent!");
		assertThat(result.intent()).isEqualTo(Intent.NEW_REQUEST);
		assertThat(result.service()).isEqualTo("NETWORK");
		assertThat(result.priority()).isEqualTo(Priority.HIGH);
	}

	@Test
	void lowPriorityCuesWinOverWordsTheyContain() {
		assertThat(classify("Not urgent: my laptop fan is loud").priority()).isEqualTo(Priority.LOW);
		assertThat(classify("My printer prints grey stripes").priority()).isEqualTo(Priority.MEDIUM);
	}

	@Test
	void keywordsMatchWholeWordsOnly() {
		assertThat(classify("Please send me the invoices overview for my laptops").service()).isNull();
	}

	@Test
	void ticketReferenceMakesAStatusInquiry() {
		Classification result = classify("Any news about tck 42?");
		assertThat(result.intent()).isEqualTo(Intent.STATUS_INQUIRY);
		assertThat(result.fields().ticketReference()).isEqualTo("TCK-000042");
	}

	@Test
	void statusQuestionWithoutReferenceIsAStatusInquiry() {
		assertThat(classify("What is the status of my ticket?").intent()).isEqualTo(Intent.STATUS_INQUIRY);
	}

	@Test
	void courtesyWithoutRequestIsCourtesy() {
		assertThat(classify("Thanks a lot, have a nice day!").intent()).isEqualTo(Intent.COURTESY);
		assertThat(classify("Hi, it is broken again").intent()).isEqualTo(Intent.NEW_REQUEST);
	}

	@ParameterizedTest
	@ValueSource(strings = { """
			Thanks, it works now!

			Best regards
			John Smith
			Acme Industries Ltd
			Tel: +44 20 7946 0958""", """
			Hi Anna,

			that fixed it, the VPN is stable again. Many thanks!

			Kind regards,
			Tom Baker
			Head of IT | Acme Industries
			www.acme-industries.com""", """
			Hallo,

			vielen Dank, der Drucker läuft wieder.

			Mit freundlichen Grüßen
			Jonas Weber
			Weber & Söhne GmbH
			Tel. 030 123456""", """
			Terima kasih, sudah bisa lagi.

			Salam,
			Rina
			PT Maju Bersama""", "Thanks, it works now!\n\nSent from my iPhone" })
	void anEmailThatOnlyThanksAboveItsSignatureIsCourtesy(String mail) {
		assertThat(classify(mail).intent()).isEqualTo(Intent.COURTESY);
	}

	@ParameterizedTest
	@ValueSource(strings = { "The VPN works now on the laptop.\nThanks in advance for checking the printer.",
			"Danke im Voraus, der Drucker läuft.", "VPN outage at the Leeds office - Insufficient licences\n\n"
					+ "Since Monday the VPN refuses new connections and the laptop stays offline.\n\nThank you" })
	void aRequestThatThanksIsNoCourtesy(String mail) {
		assertThat(classify(mail).intent()).isNotEqualTo(Intent.COURTESY);
	}

	@Test
	void aSubjectLineWithADashIsNoSignature() {
		ExtractedFields fields = classify("VPN outage at the Leeds office - Insufficient licences\n\n"
				+ "Since Monday the VPN refuses new connections.\n\nThank you")
			.fields();
		assertThat(fields.requesterName()).isNull();
		assertThat(fields.description()).contains("Since Monday the VPN refuses new connections");
	}

	@Test
	void extractsNameFromIntroductionSignatureOrBareReply() {
		assertThat(classify("My name is Jane Doe and my wifi drops").fields().requesterName()).isEqualTo("Jane Doe");
		assertThat(classify("The printer jams.\nBest regards,\nTom Baker").fields().requesterName())
			.isEqualTo("Tom Baker");
		assertThat(classify("The printer jams.\nThanks, Tom").fields().requesterName()).isEqualTo("Tom");
		assertThat(this.classifier
			.classify(new ClassificationInput(null, List.of("printer broken", "Maria Lopez"), null, "x@y.com"))
			.fields()
			.requesterName()).isEqualTo("Maria Lopez");
		assertThat(classify("I am unable to print").fields().requesterName()).isNull();
	}

	@Test
	void channelDisplayNameIsTheFallbackName() {
		Classification result = this.classifier
			.classify(new ClassificationInput(null, List.of("printer broken"), "Budi Santoso", "+6281234567890"));
		assertThat(result.fields().requesterName()).isEqualTo("Budi Santoso");
	}

	@Test
	void companyFromTextOrBusinessMailDomain() {
		assertThat(classify("This is Jane from Acme Corp, our VPN fails").fields().company()).isEqualTo("Acme Corp");
		assertThat(
				this.classifier.classify(new ClassificationInput(null, List.of("vpn fails"), null, "jane@globex.com"))
					.fields()
					.company())
			.isEqualTo("Globex");
		assertThat(this.classifier.classify(new ClassificationInput(null, List.of("vpn fails"), null, "jane@gmail.com"))
			.fields()
			.company()).isNull();
	}

	@Test
	void contactFromSenderElseFromText() {
		assertThat(this.classifier
			.classify(new ClassificationInput(null, List.of("vpn fails, call me on +49 30 1234567"), null, null))
			.fields()
			.contact()).isEqualTo("+49301234567");
		assertThat(this.classifier
			.classify(new ClassificationInput(null, List.of("printer rusak, hubungi saya di 0812-3456-7890"), null,
					null, "id"))
			.fields()
			.contact()).isEqualTo("+6281234567890");
		assertThat(this.classifier
			.classify(new ClassificationInput(null, List.of("invoice 2024-118 is wrong"), null, null))
			.fields()
			.contact()).isNull();
		assertThat(this.classifier
			.classify(new ClassificationInput(null, List.of("vpn fails, write to ops@initech.com"), null, null))
			.fields()
			.contact()).isEqualTo("ops@initech.com");
	}

	@Test
	void descriptionLeavesOutGreetingAndSignature() {
		assertThat(classify("Hello team,\nThe printer jams on every page.\nRegards,\nTom Baker").fields().description())
			.isEqualTo("The printer jams on every page.");
	}

	private Classification classify(String text) {
		return this.classifier.classify(new ClassificationInput(null, List.of(text), null, "someone@example.org"));
	}

	@Test
	void readsGermanRequests() {
		Classification result = classify(
				"Guten Tag,\nunser Drucker im 2. Stock zieht seit Montag kein Papier mehr ein. Dringend!\nMit freundlichen Grüßen\nAnna Schmidt");
		assertThat(result.intent()).isEqualTo(Intent.NEW_REQUEST);
		assertThat(result.service()).isEqualTo("HARDWARE");
		assertThat(result.priority()).isEqualTo(Priority.HIGH);
		assertThat(result.fields().requesterName()).isEqualTo("Anna Schmidt");
		assertThat(result.fields().description()).startsWith("unser Drucker").doesNotContain("Anna");
		assertThat(classify("Mein Name ist Jonas Weber, das Netzwerk ist langsam").fields().requesterName())
			.isEqualTo("Jonas Weber");
		assertThat(classify("Wie ist der Stand meiner Anfrage?").intent()).isEqualTo(Intent.STATUS_INQUIRY);
		assertThat(classify("Vielen Dank, schönen Tag noch!").intent()).isEqualTo(Intent.COURTESY);
	}

	@Test
	void readsIndonesianRequests() {
		Classification result = classify(
				"Selamat pagi,\njaringan di kantor cabang Bandung putus sejak kemarin sore.\nTerima kasih,\nBudi Santoso");
		assertThat(result.intent()).isEqualTo(Intent.NEW_REQUEST);
		assertThat(result.service()).isEqualTo("NETWORK");
		assertThat(result.fields().requesterName()).isEqualTo("Budi Santoso");
		assertThat(classify("Nama saya Siti Rahayu dari PT Maju Jaya, layar laptop saya rusak").fields())
			.satisfies((fields) -> {
				assertThat(fields.requesterName()).isEqualTo("Siti Rahayu");
				assertThat(fields.company()).isEqualTo("PT Maju Jaya");
			});
		assertThat(classify("Bagaimana status tiket saya?").intent()).isEqualTo(Intent.STATUS_INQUIRY);
		assertThat(classify("Terima kasih banyak!").intent()).isEqualTo(Intent.COURTESY);
	}

	@ParameterizedTest(name = "{1}: {0}")
	@CsvSource(delimiter = '|',
			value = { "The VPN is down, we need it fixed asap|HIGH", "Nobody can work, the network is gone|HIGH",
					"12 trucks are waiting because the printer is broken|HIGH",
					"Hallo, der Drucker ist kaputt. Können Sie bitte schnell helfen?|HIGH",
					"Alle Mitarbeiter sind ohne Netzwerk|HIGH", "Printer rusak, mohon segera dibantu|HIGH",
					"Semua kasir tidak bisa mencetak struk|HIGH", "Not urgent: my laptop fan is loud|LOW",
					"Nicht eilig, aber der Drucker quietscht|LOW", "Tidak mendesak, layar laptop agak redup|LOW",
					"Hi, it is broken again|MEDIUM", "office plant watering schedule|MEDIUM" })
	void priorityComesFromWhatTheCustomerSays(String text, Priority priority) {
		assertThat(classify(text).priority()).isEqualTo(priority);
	}

}
