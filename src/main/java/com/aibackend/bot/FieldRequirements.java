package com.aibackend.bot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Which fields an intent requires (configuration, not code) and whether a request has
 * them. A description must be substantive: "it is broken again" does not describe
 * anything.
 */
@Component
class FieldRequirements {

	static final String REQUESTER_NAME = "requesterName";

	static final String COMPANY = "company";

	static final String CONTACT = "contact";

	static final String DESCRIPTION = "description";

	static final String SERVICE = "service";

	private static final Set<String> VAGUE = Set
		.copyOf(List.of("the", "and", "for", "you", "your", "this", "that", "with", "have", "has", "had", "was", "were",
				"are", "its", "it's", "please", "help", "thanks", "thank", "hello", "again", "broken", "not", "working",
				"work", "works", "problem", "issue", "can", "could", "would", "there", "here", "from", "our", "any",
				"some", "still", "just", "now", "something", "anything", "hey", "urgent", "asap", "fix", "need", "want",
				"get", "got", "but", "all", "what", "does", "doesn't", "dear", "team", "support", "regards", "best",
				"cheers", "kind", "don't", "isn't", "won't", "can't", "cannot", "very", "really",
				// German and Indonesian fillers and vague words.
				"der", "die", "das", "und", "ist", "sind", "ein", "eine", "mein", "meine", "ich", "wir", "uns", "mir",
				"wieder", "kaputt", "bitte", "hilfe", "nicht", "geht", "funktioniert", "mal", "noch", "schon", "hallo",
				"danke", "dringend", "etwas", "problem", "fehler", "yang", "saya", "kami", "ini", "itu", "ada", "tidak",
				"lagi", "rusak", "tolong", "dan", "dengan", "untuk", "bisa", "mohon", "bantuan", "masalah", "halo",
				"terima", "kasih", "sudah", "juga", "akan"));

	private final BotProperties properties;

	FieldRequirements(BotProperties properties) {
		this.properties = properties;
	}

	List<String> missing(Intent intent, String service, ExtractedFields fields) {
		List<String> missing = new ArrayList<>();
		for (String field : this.properties.requiredFields().getOrDefault(intent.name(), List.of())) {
			boolean present = switch (field) {
				case REQUESTER_NAME -> hasText(fields.requesterName());
				case COMPANY -> hasText(fields.company());
				case CONTACT -> hasText(fields.contact());
				case DESCRIPTION -> isSubstantive(fields.description());
				case SERVICE -> service != null && this.properties.service(service).isPresent();
				default -> throw new IllegalStateException("Unknown required field in configuration: " + field);
			};
			if (!present) {
				missing.add(field);
			}
		}
		return missing;
	}

	boolean isSubstantive(String description) {
		if (description == null) {
			return false;
		}
		long content = FieldExtractor.words(description.toLowerCase(Locale.ROOT))
			.stream()
			.filter((word) -> word.length() >= 3 && !VAGUE.contains(word))
			.count();
		return content >= this.properties.minDescriptionWords();
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

}
