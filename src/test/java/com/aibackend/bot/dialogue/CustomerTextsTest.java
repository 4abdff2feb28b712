package com.aibackend.bot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import com.aibackend.bot.evaluation.ExtractionEvaluation;
import com.aibackend.catalogue.ServiceCatalogue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.io.ClassPathResource;

/**
 * What German and Indonesian customers read comes wholly from their language's file:
 * every service of the catalogue has its name there, and no text tells them their
 * priority (helpdesks do not).
 */
class CustomerTextsTest {

	@ParameterizedTest
	@ValueSource(strings = { "de", "id" })
	void everyServiceHasItsNameInTheLanguageAndNoTextNamesThePriority(String language) throws IOException {
		Properties texts = load("customer-messages_" + language + ".properties");
		ServiceCatalogue catalogue = ExtractionEvaluation.catalogue();

		assertThat(catalogue.services()).isNotEmpty()
			.allSatisfy((service) -> assertThat(texts.getProperty("service." + service.id())).as(service.id())
				.isNotBlank()
				.isNotEqualTo(service.name()));
		Properties english = load("customer-messages.properties");
		assertThat(texts.stringPropertyNames()).as("every English text has its %s version", language)
			.containsAll(english.stringPropertyNames());
		assertThat(texts.stringPropertyNames()).noneMatch((key) -> key.startsWith("priority."));
		assertThat(texts.values()).allSatisfy(
				(text) -> assertThat(text.toString().toLowerCase(java.util.Locale.ROOT)).doesNotContain("priorit"));
	}

	private static Properties load(String resource) throws IOException {
		Properties texts = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource(resource).getInputStream(),
				StandardCharsets.UTF_8)) {
			texts.load(reader);
		}
		return texts;
	}

}
