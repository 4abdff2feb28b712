package com.aibackend.bot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The shipped service model, trained from {@code bot/service-examples.csv} and the
 * configured catalogue, on messages that are not among its examples.
 */
@SpringBootTest(classes = ServiceModelTest.ServiceModelOnly.class)
class ServiceModelTest {

	@EnableConfigurationProperties(BotProperties.class)
	@Import(ServiceModel.class)
	static class ServiceModelOnly {

	}

	@Autowired
	ServiceModel model;

	@ParameterizedTest(name = "{1}: {0}")
	@CsvSource(delimiter = '|',
			value = { "Since the firmware update the office wifi drops every hour|NETWORK",
					"Die VPN-Verbindung zum Werk in Graz bricht seit Dienstag ab|NETWORK",
					"Koneksi jaringan di ruang server putus-putus sejak tadi pagi|NETWORK",
					"My Outlook calendar does not show the invitations from our partners|EMAIL",
					"Ich bekomme seit gestern keine E-Mails mehr in mein Postfach|EMAIL",
					"The new laptop I received has a cracked screen|HARDWARE",
					"Der Drucker in der Buchhaltung druckt nur noch leere Seiten|HARDWARE",
					"Layar monitor di meja resepsionis mati total|HARDWARE",
					"I am locked out of my account after the password change|ACCOUNT",
					"Saya tidak bisa login karena kata sandi saya kedaluwarsa|ACCOUNT",
					"We were charged twice for the same invoice in October|BILLING",
					"Die letzte Rechnung enthält Positionen, die wir nie bestellt haben|BILLING",
					"Please install the latest version of the video editing software|SOFTWARE",
					"Aplikasi akuntansi selalu error setelah pembaruan terakhir|SOFTWARE" })
	void recognisesTheServiceInSeveralLanguages(String text, String service) {
		TextPrediction prediction = this.model.recognise(text);
		assertThat(prediction).as("prediction for %s: %s", text, this.model.classifier().predict(text)).isNotNull();
		assertThat(prediction.label()).isEqualTo(service);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Hi, it is broken again", "Thanks a lot, have a nice day!", "What is the weather like?",
			"Hallo, es ist wieder kaputt",
			"Could someone organise catering for the customer workshop on Thursday, lunch for twelve people?" })
	void doesNotGuessWhenItCannotTell(String text) {
		assertThat(this.model.recognise(text)).as("%s", this.model.classifier().predict(text)).isNull();
	}

}
