package com.aibackend.bot.language;

import java.util.List;
import java.util.Locale;

import com.aibackend.bot.BotProperties;
import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import org.springframework.stereotype.Component;

/**
 * The customer's language, among the configured ones, by Lingua's n-gram models. Unsure
 * or unknown means the first configured language.
 */
@Component
public class LanguageDetection {

	private final LanguageDetector detector;

	private final String fallback;

	public LanguageDetection(BotProperties properties) {
		List<String> codes = properties.languages();
		this.fallback = codes.get(0);
		IsoCode639_1[] isoCodes = codes.stream()
			.map((code) -> IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT)))
			.toArray(IsoCode639_1[]::new);
		// Lingua needs two languages to choose between; one configured language needs no
		// detection.
		this.detector = (isoCodes.length > 1) ? LanguageDetectorBuilder.fromIsoCodes639_1(isoCodes).build() : null;
	}

	public String detect(String text) {
		if (this.detector == null || text == null || text.isBlank()) {
			return this.fallback;
		}
		Language language = this.detector.detectLanguageOf(text);
		return (language == Language.UNKNOWN) ? this.fallback
				: language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
	}

}
