package com.aibackend.bot.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;

import com.aibackend.bot.BotProperties;
import com.aibackend.catalogue.ServiceCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The shipped service model, trained from {@code bot/service-examples.csv} and the
 * configured catalogue, on messages that are not among its examples.
 */
@SpringBootTest(classes = ServiceModelTest.ServiceModelOnly.class)
class ServiceModelTest {

	@EnableConfigurationProperties({ BotProperties.class, ServiceCatalogue.class })
	@Import(ServiceModel.class)
	static class ServiceModelOnly {

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

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

	/**
	 * Where the model is unsure, the catalogue's terms decide: a compound naming one
	 * service, or the model's best guess among the services a message names.
	 */
	@ParameterizedTest(name = "{1}: {0}")
	@CsvSource(delimiter = '|',
			value = { "Unsere Druckerpatronen sind leer|HARDWARE",
					"Die Buchhaltungssoftware startet seit Montag nicht|SOFTWARE",
					"The guest wifi in the lobby asks for a password that nobody has.|NETWORK" })
	void theCatalogueDecidesWhereTheModelIsUnsure(String text, String service) {
		TextPrediction unsure = this.model.classifier().predict(text);
		assertThat(this.model.isSure(unsure)).as("the model alone: %s", unsure).isFalse();
		assertThat(this.model.recognise(text)).isNotNull()
			.satisfies((prediction) -> assertThat(prediction.label()).isEqualTo(service));
	}

	/**
	 * An agent's decision teaches the model a kind of message it did not know: after
	 * retraining, a similar message gets the agent's service, and the new version says
	 * what it learnt from.
	 */
	@Test
	void retrainingOnAgentsDecisionsChangesTheAnswerForSimilarMessages() {
		String similar = "Could you organise catering for our workshop on Friday? Lunch for ten people.";
		assertThat(this.model.recognise(similar)).isNull();
		ServiceModel.Version before = this.model.version();

		ServiceModel.Version after = this.model.retrain(List.of(new LabelledText(
				"Could someone organise catering for the customer workshop on Thursday, lunch for twelve people?",
				"HARDWARE")));

		assertThat(this.model.version()).isSameAs(after);
		assertThat(after.number()).isEqualTo(before.number() + 1);
		assertThat(after.examples()).isEqualTo(before.examples() + 1);
		assertThat(after.agentDecisions()).isEqualTo(1);
		assertThat(after.crossValidatedAccuracy()).isBetween(0.7, 1.0);
		assertThat(this.model.recognise(similar)).isNotNull()
			.satisfies((prediction) -> assertThat(prediction.label()).isEqualTo("HARDWARE"));
		this.model.retrain(List.of());
	}

}
