package com.aibackend.bot.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.aibackend.bot.BotProperties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectionTest {

	static final LanguageDetection DETECTION = new LanguageDetection(
			new BotProperties(Map.of(), 2, List.of("en", "de", "id"), null, null));

	@ParameterizedTest(name = "{1}: {0}")
	@CsvSource(delimiter = '|',
			value = { "My VPN keeps dropping since the update yesterday|en",
					"Mein Drucker druckt seit gestern nur noch leere Seiten|de", "Hallo, es ist wieder kaputt|de",
					"Printer di kantor kami tidak bisa mencetak sejak kemarin|id", "Halo, rusak lagi|id", "   |en" })
	void detectsTheCustomersLanguage(String text, String language) {
		assertThat(DETECTION.detect(text)).isEqualTo(language);
	}

}
