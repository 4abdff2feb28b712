package com.aibackend.canned;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

import com.aibackend.shared.Audited;
import com.aibackend.shared.InvalidRequestException;
import com.aibackend.shared.NotFoundException;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Canned responses: texts agents insert into replies, one per name and language, edited
 * by admins. The first start fills the table from
 * {@code canned/responses_<lang>.properties} (a new language is a new file). Texts may
 * name {@code {customer}}, {@code {ticket}} and {@code {agent}}.
 */
@Service
public class CannedResponses {

	private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

	private static final int MAX_TEXT = 4000;

	private final CannedResponseRepository responses;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	CannedResponses(CannedResponseRepository responses, Clock clock, ApplicationEventPublisher events) {
		this.responses = responses;
		this.clock = clock;
		this.events = events;
	}

	/** A canned response as agents and admins see it. */
	public record Canned(String name, String language, String text, Instant updatedAt, String updatedBy) {

		static Canned of(CannedResponse response) {
			return new Canned(response.getName(), response.getLanguage(), response.getText(), response.getUpdatedAt(),
					response.getUpdatedBy());
		}

	}

	/**
	 * Shipped texts, loaded once into an empty table; before the cluster start lock is
	 * released, so that two nodes starting at once do not both load them.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Order(3)
	@Transactional
	public void seed() throws IOException {
		if (this.responses.count() > 0) {
			return;
		}
		Resource[] files = new PathMatchingResourcePatternResolver()
			.getResources("classpath:canned/responses_*.properties");
		for (Resource file : files) {
			String language = file.getFilename().replaceAll("^responses_|\\.properties$", "");
			Properties texts = new Properties();
			try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
				texts.load(reader);
			}
			texts.stringPropertyNames()
				.forEach((name) -> this.responses.save(new CannedResponse(name, language, texts.getProperty(name),
						Audited.SYSTEM, this.clock.instant())));
		}
	}

	/** All canned responses, or those of one language, by name. */
	@Transactional(readOnly = true)
	public List<Canned> list(String language) {
		List<CannedResponse> found = (language == null || language.isBlank())
				? this.responses.findAllByOrderByNameAscLanguageAsc()
				: this.responses.findByLanguageOrderByName(language.strip().toLowerCase());
		return found.stream().map(Canned::of).toList();
	}

	/**
	 * The response's text in the language, English if it has none in that language, with
	 * its placeholders filled.
	 */
	@Transactional(readOnly = true)
	public String render(String name, String language, Map<String, String> values) {
		String text = find(name, language).or(() -> find(name, "en"))
			.map(CannedResponse::getText)
			.orElseThrow(() -> new InvalidRequestException("No canned response named '%s'".formatted(name)));
		for (Map.Entry<String, String> value : values.entrySet()) {
			text = text.replace("{" + value.getKey() + "}", (value.getValue() != null) ? value.getValue() : "");
		}
		return text;
	}

	/** Creates or changes a response; audited. */
	@Transactional
	public Canned put(String name, String language, String text, String admin) {
		if (name == null || !NAME.matcher(name).matches()) {
			throw new InvalidRequestException(
					"name must be 1-100 lower-case letters, digits or hyphens, starting with a letter or digit");
		}
		if (language == null || !LANGUAGE.matcher(language).matches()) {
			throw new InvalidRequestException("language must be a two-letter code such as en, de or id");
		}
		if (text == null || text.isBlank()) {
			throw new InvalidRequestException("text is required and must not be empty");
		}
		if (text.length() > MAX_TEXT) {
			throw new InvalidRequestException("text is %d characters; at most %d".formatted(text.length(), MAX_TEXT));
		}
		Instant now = this.clock.instant();
		CannedResponse response = find(name, language).map((existing) -> {
			existing.edit(text.strip(), admin, now);
			return existing;
		}).orElseGet(() -> this.responses.save(new CannedResponse(name, language, text.strip(), admin, now)));
		this.events.publishEvent(new Audited(admin, "CannedResponse", name + "/" + language, "put", null, now));
		return Canned.of(response);
	}

	@Transactional
	public void delete(String name, String language, String admin) {
		CannedResponse response = find(name, language).orElseThrow(
				() -> new NotFoundException("No canned response '%s' in language '%s'".formatted(name, language)));
		this.responses.delete(response);
		this.events.publishEvent(
				new Audited(admin, "CannedResponse", name + "/" + language, "delete", null, this.clock.instant()));
	}

	private Optional<CannedResponse> find(String name, String language) {
		return (language != null) ? this.responses.findByNameAndLanguage(name, language.toLowerCase())
				: Optional.empty();
	}

}
