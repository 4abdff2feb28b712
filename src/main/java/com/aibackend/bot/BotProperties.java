package com.aibackend.bot;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The bot's configuration: which fields each intent requires, the languages, how it
 * learns. The services it tells apart are the catalogue's.
 *
 * @param requiredFields per intent, the fields a request must have before a ticket is
 * made
 * @param minDescriptionWords words naming a problem a description needs (a catalogue
 * keyword counts twice)
 * @param languages ISO 639-1 codes the bot recognises and answers in; the first is the
 * fallback
 * @param training how the service model learns
 * @param phoneRegions regions (ISO 3166) tried in order for phone numbers written without
 * a country code
 */
@ConfigurationProperties("aibackend.bot")
public record BotProperties(Map<String, List<String>> requiredFields, int minDescriptionWords, List<String> languages,
		Training training, Map<String, List<String>> phoneRegions) {

	public BotProperties {
		requiredFields = (requiredFields != null) ? Map.copyOf(requiredFields) : Map.of();
		languages = (languages != null && !languages.isEmpty()) ? List.copyOf(languages) : List.of("en");
		training = (training != null) ? training
				: new Training(null, null, null, null, "tfidf", 0.0, Double.NEGATIVE_INFINITY, 0);
		phoneRegions = (phoneRegions != null) ? Map.copyOf(phoneRegions) : Map.of();
	}

	/** Regions for the customer's language first, then every other configured region. */
	public List<String> phoneRegionsFor(String language) {
		java.util.LinkedHashSet<String> regions = new java.util.LinkedHashSet<>(
				this.phoneRegions.getOrDefault((language != null) ? language : "", List.of()));
		this.phoneRegions.values().forEach(regions::addAll);
		return List.copyOf(regions);
	}

	/**
	 * How the service model is trained.
	 *
	 * @param services a labelled CSV ({@code text}, {@code label} = service id) as a
	 * Spring resource location ({@code classpath:…} or {@code file:…}); the catalogue's
	 * keywords are added to it
	 * @param intents labelled CSV of intents ({@code NEW_REQUEST},
	 * {@code STATUS_INQUIRY}, {@code OTHER})
	 * @param priorities labelled CSV of priorities ({@code LOW}, {@code MEDIUM},
	 * {@code HIGH})
	 * @param types labelled CSV of ticket types ({@code INCIDENT}, {@code REQUEST},
	 * {@code PROBLEM}, {@code CHANGE})
	 * @param features {@code tfidf}, {@code tfidf+chars}, {@code tfidf+embeddings} or
	 * {@code tfidf+chars+embeddings}
	 * @param minConfidence how clearly the best service must win over the others
	 * @param minMargin how far inside the best service's region a message must lie;
	 * messages about nothing in the catalogue score below 0 for every service
	 * @param retrainAfterDecisions the service model retrains in the background after
	 * this many new triage decisions; 0 retrains only when an admin asks
	 */
	public record Training(String services, String intents, String priorities, String types, String features,
			double minConfidence, double minMargin, int retrainAfterDecisions) {

	}

}
