package com.aibackend.bot.language;

import static org.assertj.core.api.Assertions.assertThat;

import com.aibackend.bot.KeywordBot;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Vague and courteous messages in English, German and Indonesian. */
class MessageSubstanceTest {

	final MessageSubstance substance = new MessageSubstance(KeywordBot.PROPERTIES, KeywordBot.CATALOGUE);

	@ParameterizedTest
	@ValueSource(strings = { "Hello? Something is wrong with the system. Call me.", "Hi, it is broken again",
			"Hallo, bei uns geht schon wieder nichts mehr. Können Sie bitte schnell helfen?", "Hilfe, es ist kaputt.",
			"Halo kak, sistemnya error lagi nih. Tolong dibantu ya.", "Tolong, ada error lagi." })
	void vagueMessagesNameNoProblem(String text) {
		assertThat(this.substance.isConcrete(text)).isFalse();
		assertThat(this.substance.isCourtesy(text)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "The printer on floor 3 jams on every page", "Mein Drucker druckt nur leere Seiten",
			"Printer di kantor tidak bisa mencetak", "VPN drops" })
	void concreteMessagesNameAProblem(String text) {
		assertThat(this.substance.isConcrete(text)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Thanks a lot for your help yesterday, everything works now. Have a great weekend!",
			"Vielen Dank, das Problem ist gelöst. Schönes Wochenende!", "alles klar, danke",
			"sudah beres, terima kasih", "Terima kasih kak, sudah normal kembali.", "Perfect, thank you very much." })
	void courtesyAsksForNothing(String text) {
		assertThat(this.substance.isCourtesy(text)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Thanks, but the VPN still drops every hour.",
			"Danke, aber der Drucker geht immer noch nicht.", "Terima kasih, tapi printer masih rusak." })
	void thanksWithAProblemIsNoCourtesy(String text) {
		assertThat(this.substance.isCourtesy(text)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Thanks a lot, the printer works perfectly now!",
			"Danke, der Drucker druckt wieder einwandfrei.", "Terima kasih, printernya sudah normal lagi.",
			"Vielen Dank, jetzt funktioniert alles wieder.", "Thanks, the wifi is back.",
			"Danke, Netzwerk läuft wieder" })
	void newsThatSomethingWorksAgainIsCourtesy(String text) {
		assertThat(this.substance.isCourtesy(text)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Thanks, the printer jams on every page.", "Thanks in advance, my laptop runs very slow.",
			"Thanks, the VPN works now but the printer does not.", "Thanks, the printer works. Can you check the VPN?",
			"Danke, der Drucker läuft jetzt, bitte noch den Scanner prüfen.",
			"Terima kasih, laptopnya sudah bisa tapi layarnya berkedip.", "The laptop boots to a black screen",
			"My laptop screen flickers since this morning, the external monitor works fine.",
			"Danke, der Drucker streikt wieder." })
	void aRequestBesideThanksOrWhatWorksIsNoCourtesy(String text) {
		assertThat(this.substance.isCourtesy(text)).isFalse();
	}

	@org.junit.jupiter.api.Test
	void theWritersNameDoesNotSpoilCourtesy() {
		assertThat(this.substance.isCourtesy("Thanks, it works now. Regards, Jane Doe", "Jane Doe")).isTrue();
	}

}
