package com.aibackend.bot.classification;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.aibackend.bot.BotProperties;
import com.aibackend.bot.ClassificationInput;
import com.aibackend.bot.Intent;
import com.aibackend.bot.Priority;
import com.aibackend.bot.extraction.ExtractedFields;
import com.aibackend.bot.extraction.FieldExtractor;
import com.aibackend.bot.language.Lexicon;
import com.aibackend.bot.language.MessageSubstance;
import com.aibackend.bot.model.RequestHeads;
import com.aibackend.bot.model.ServiceModel;
import com.aibackend.bot.model.TextPrediction;
import com.aibackend.catalogue.ServiceCatalogue;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The bot's reading of a message: the service from the trained {@link ServiceModel};
 * intent, priority cues and ticket fields from the trained heads and transparent rules
 * (names, companies, contacts, ticket references, courtesy, vagueness, urgency) whose
 * words come from the languages' {@link Lexicon}.
 */
@Component
public class RuleBasedClassifier implements MessageClassifier {

	private final ServiceModel services;

	private final FieldExtractor extractor;

	private final RequestHeads heads;

	private final MessageSubstance substance;

	private final Pattern lowPriorityCues;

	private final Pattern highPriorityCues;

	private final Pattern statusWords;

	private final Pattern statusQuestion;

	private final Set<String> requestCues;

	private final int minContentWords;

	@Autowired
	public RuleBasedClassifier(BotProperties properties, ServiceCatalogue catalogue, ServiceModel services,
			RequestHeads heads) {
		this.services = services;
		this.heads = heads;
		this.extractor = new FieldExtractor(properties, catalogue);
		this.substance = new MessageSubstance(properties, catalogue);
		this.minContentWords = properties.minDescriptionWords();
		Lexicon lexicon = Lexicon.of(properties.languages());
		this.lowPriorityCues = lexicon.phrasePattern("priority.low");
		this.highPriorityCues = lexicon.phrasePattern("priority.high");
		this.statusWords = lexicon.phrasePattern("status-words");
		this.statusQuestion = lexicon.phrasePattern("status-questions");
		this.requestCues = lexicon.set("request-cues");
	}

	public RuleBasedClassifier(BotProperties properties, ServiceCatalogue catalogue, ServiceModel services) {
		this(properties, catalogue, services, RequestHeads.untrained());
	}

	@Override
	public Classification classify(ClassificationInput input) {
		String all = String.join("\n", input.texts());
		String searchable = ((input.subject() != null) ? input.subject() + "\n" : "") + all;
		String lower = searchable.toLowerCase(Locale.ROOT);

		ExtractedFields fields = titledByConcreteMessages(this.extractor.extract(input), input);
		String reference = fields.ticketReference();
		if (reference == null && this.substance.isCourtesyMessage(all, fields.description(), fields.requesterName(),
				fields.company())) {
			return new Classification(Intent.COURTESY, null, Priority.MEDIUM, null, 0.9, fields);
		}
		double content = this.substance.content(fields.description(), fields.requesterName(), fields.company())
				+ this.substance.content(input.subject());
		boolean concrete = content >= this.minContentWords;
		List<String> words = FieldExtractor.words(lower);
		// A message that says nothing at all gets no service guessed: the customer is
		// asked which one it concerns.
		ServiceMatch service = (content > 0) ? bestService(concreteText(input)) : new ServiceMatch(null, 0.3);
		Priority priority = priority(lower, searchable, concrete);
		boolean looksLikeRequest = service.id() != null || words.stream().anyMatch(this.requestCues::contains);

		// A ticket reference settles it; otherwise the trained head decides when it is
		// sure, except that a message naming a problem or a service is never brushed off
		// as "other".
		Intent intent = (reference != null) ? Intent.STATUS_INQUIRY : this.heads.intent(searchable);
		if ((intent == Intent.OTHER || intent == Intent.COURTESY) && looksLikeRequest) {
			intent = Intent.NEW_REQUEST;
		}
		// A question about an earlier request speaks of it ("my ticket", "meine
		// Anfrage").
		if (intent == Intent.STATUS_INQUIRY && reference == null && !this.statusWords.matcher(lower).find()) {
			intent = looksLikeRequest ? Intent.NEW_REQUEST : null;
		}
		if (intent == null) {
			intent = ruleIntent(searchable, words, looksLikeRequest);
		}
		return switch (intent) {
			case STATUS_INQUIRY ->
				new Classification(intent, service.id(), priority, null, (reference != null) ? 0.9 : 0.7, fields);
			case OTHER, COURTESY -> new Classification(intent, null, priority, null, 0.6, fields);
			case NEW_REQUEST -> new Classification(intent, service.id(), priority,
					concrete ? this.heads.type(searchable) : null, service.confidence(), fields);
		};
	}

	/**
	 * After a clarification the title names the request, not the vague first line ("Bei
	 * uns geht schon wieder nichts mehr"): it comes from the round's concrete messages.
	 */
	private ExtractedFields titledByConcreteMessages(ExtractedFields fields, ClassificationInput input) {
		if (input.texts().size() < 2) {
			return fields;
		}
		List<String> concrete = input.texts().stream().filter((text) -> this.substance.isConcrete(text)).toList();
		if (concrete.isEmpty() || concrete.size() == input.texts().size()) {
			return fields;
		}
		String title = this.extractor.title(input.subject(), concrete);
		return (title == null) ? fields : new ExtractedFields(fields.requesterName(), fields.company(),
				fields.contact(), fields.description(), fields.ticketReference(), title);
	}

	private Intent ruleIntent(String searchable, List<String> words, boolean looksLikeRequest) {
		if (this.statusQuestion.matcher(searchable).find()) {
			return Intent.STATUS_INQUIRY;
		}
		return (!looksLikeRequest && words.size() <= 12) ? Intent.OTHER : Intent.NEW_REQUEST;
	}

	/**
	 * The subject and the round's messages that say something: a vague first message
	 * ("system error again, please help") does not blur the customer's clear reply.
	 */
	private String concreteText(ClassificationInput input) {
		List<String> parts = new java.util.ArrayList<>();
		if (input.subject() != null) {
			parts.add(input.subject());
		}
		input.texts().stream().filter((text) -> this.substance.content(text) > 0).forEach(parts::add);
		return String.join("\n", parts);
	}

	private ServiceMatch bestService(String text) {
		TextPrediction prediction = this.services.recognise(text);
		return (prediction != null) ? new ServiceMatch(prediction.label(), prediction.confidence())
				: new ServiceMatch(null, 0.3);
	}

	/**
	 * What the customer says wins: "not urgent" lowers, urgency or business impact
	 * raises. Without such words the trained head may tell LOW from MEDIUM in a message
	 * that names a problem; HIGH needs the customer's words, so a greeting or a vague
	 * line is never HIGH by itself.
	 */
	private Priority priority(String lower, String text, boolean concrete) {
		if (this.lowPriorityCues.matcher(lower).find()) {
			return Priority.LOW;
		}
		if (this.highPriorityCues.matcher(lower).find()) {
			return Priority.HIGH;
		}
		Priority learnt = concrete ? this.heads.priority(text) : null;
		return (learnt == Priority.LOW) ? Priority.LOW : Priority.MEDIUM;
	}

	private record ServiceMatch(String id, double confidence) {
	}

}
