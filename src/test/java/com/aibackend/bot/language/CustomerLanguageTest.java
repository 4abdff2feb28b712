package com.aibackend.bot.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.aibackend.bot.BotProperties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The language an answer is written in, also when the customer sent only a picture. */
class CustomerLanguageTest {

	static final BotProperties PROPERTIES = new BotProperties(Map.of(), 2, List.of("en", "de", "id"), null,
			Map.of("de", List.of("DE", "AT", "CH"), "id", List.of("ID"), "en", List.of("GB", "US")));

	final CustomerLanguage language = new CustomerLanguage(new LanguageDetection(PROPERTIES), PROPERTIES);

	@ParameterizedTest(name = "{3}: {0} from {1}, known {2}")
	@CsvSource(delimiter = '|', nullValues = "-", value = { "[image] Foto vom Fehler am Drucker|6281234567890|-|de",
			"[image] Foto vom Fehler|16505551234|-|de", "[image] foto layar yang error kemarin|4915112345678|-|id",
			"[image]|4915112345678|-|de", "[image]|6281234567890|-|id", "[document]|436641234567|-|de",
			"[image]|6281234567890|de|de", "[voice]|customer@example.com|-|en", "[image]|16505551234|-|en" })
	void aCaptionSaysItElseWhatIsKnownElseThePhoneNumbersCountry(String text, String sender, String known,
			String expected) {
		assertThat(this.language.of(List.of(text), sender, known)).isEqualTo(expected);
	}

}
