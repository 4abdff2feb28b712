package com.aibackend.bot;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The bot's reading of a message: the service from the trained {@link ServiceModel};
 * intent, priority cues and ticket fields from transparent rules (names, companies,
 * contacts, ticket references) in English, German and Indonesian.
 */
@Component
class RuleBasedClassifier implements MessageClassifier {

	private static final Pattern STATUS_QUESTION = Pattern.compile("(?iu)\\b("
			+ "status of (my|our|the) (ticket|request|case)|update on (my|our|the) (ticket|request|case)|where is my (ticket|request)"
			+ "|(status|stand) (meines|meiner|unseres|unserer|des|der) (tickets|anfrage|auftrags|meldung)"
			+ "|status (tiket|permintaan|laporan|pengaduan) saya|bagaimana (status|kabar) (tiket|permintaan|laporan)"
			+ ")\\b");

	private static final Set<String> PROBLEM_CUES = Set.of("broken", "error", "issue", "problem", "fail", "fails",
			"failed", "failing", "cannot", "can't", "unable", "doesn't", "won't", "not", "need", "request", "please",
			"want", "stopped", "wrong", "slow", "help", "how", "kaputt", "fehler", "funktioniert", "geht", "nicht",
			"kann", "keine", "kein", "bitte", "hilfe", "brauche", "benötige", "defekt", "rusak", "masalah", "tidak",
			"bisa", "gagal", "tolong", "mohon", "butuh", "bantuan", "gangguan", "bagaimana");

	private final BotProperties properties;

	private final ServiceModel services;

	private final FieldExtractor extractor;

	private final RequestHeads heads;

	private final List<Pattern> lowPriorityCues;

	private final List<Pattern> highPriorityCues;

	@Autowired
	RuleBasedClassifier(BotProperties properties, ServiceModel services, RequestHeads heads) {
		this.properties = properties;
		this.services = services;
		this.heads = heads;
		this.extractor = new FieldExtractor(properties);
		this.lowPriorityCues = properties.lowPriorityKeywords().stream().map(RuleBasedClassifier::phrase).toList();
		this.highPriorityCues = properties.highPriorityKeywords().stream().map(RuleBasedClassifier::phrase).toList();
	}

	RuleBasedClassifier(BotProperties properties, ServiceModel services) {
		this(properties, services, RequestHeads.untrained());
	}

	@Override
	public Classification classify(ClassificationInput input) {
		String all = String.join("\n", input.texts());
		String searchable = ((input.subject() != null) ? input.subject() + "\n" : "") + all;
		String lower = searchable.toLowerCase(Locale.ROOT);

		ExtractedFields fields = this.extractor.extract(input);
		String reference = fields.ticketReference();
		List<String> words = FieldExtractor.words(lower);
		ServiceMatch service = bestService(searchable);
		Priority priority = priority(lower, searchable);
		boolean looksLikeRequest = service.id() != null || words.stream().anyMatch(PROBLEM_CUES::contains);

		// A ticket reference settles it; otherwise the trained head decides when it is
		// sure,
		// except that a message naming a problem or a service is never brushed off as
		// "other".
		Intent intent = (reference != null) ? Intent.STATUS_INQUIRY : this.heads.intent(searchable);
		if (intent == Intent.OTHER && looksLikeRequest) {
			intent = Intent.NEW_REQUEST;
		}
		if (intent == null) {
			intent = ruleIntent(searchable, words, looksLikeRequest);
		}
		return switch (intent) {
			case STATUS_INQUIRY ->
				new Classification(intent, service.id(), priority, null, (reference != null) ? 0.9 : 0.7, fields);
			case OTHER -> new Classification(intent, null, priority, null, 0.6, fields);
			case NEW_REQUEST -> new Classification(intent, service.id(), priority, this.heads.type(searchable),
					service.confidence(), fields);
		};
	}

	private static Intent ruleIntent(String searchable, List<String> words, boolean looksLikeRequest) {
		if (STATUS_QUESTION.matcher(searchable).find()) {
			return Intent.STATUS_INQUIRY;
		}
		return (!looksLikeRequest && words.size() <= 12) ? Intent.OTHER : Intent.NEW_REQUEST;
	}

	private ServiceMatch bestService(String text) {
		TextPrediction prediction = this.services.recognise(text);
		return (prediction != null) ? new ServiceMatch(prediction.label(), prediction.confidence())
				: new ServiceMatch(null, 0.3);
	}

	/**
	 * What the customer says about urgency wins; otherwise the trained head; otherwise
	 * MEDIUM.
	 */
	private Priority priority(String lower, String text) {
		if (anyFound(this.lowPriorityCues, lower)) {
			return Priority.LOW;
		}
		if (anyFound(this.highPriorityCues, lower)) {
			return Priority.HIGH;
		}
		Priority learnt = this.heads.priority(text);
		return (learnt != null) ? learnt : Priority.MEDIUM;
	}

	/**
	 * A cue as a whole-word, case-insensitive phrase ("not urgent" does not match "knot
	 * urgently").
	 */
	private static Pattern phrase(String cue) {
		return Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(cue.toLowerCase(Locale.ROOT)) + "(?![\\p{L}\\d])");
	}

	private static boolean anyFound(List<Pattern> cues, String lowerText) {
		return cues.stream().anyMatch((cue) -> cue.matcher(lowerText).find());
	}

	private record ServiceMatch(String id, double confidence) {
	}

}
