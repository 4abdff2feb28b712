package com.aibackend.bot;

import java.util.List;
import java.util.Locale;

import com.aibackend.bot.classification.Classification;
import com.aibackend.bot.classification.MessageClassifier;
import com.aibackend.bot.extraction.ExtractedFields;
import com.aibackend.bot.extraction.FieldRequirements;
import com.aibackend.bot.language.CustomerLanguage;
import com.aibackend.bot.model.ServiceModel;
import com.aibackend.bot.model.TextPrediction;
import com.aibackend.catalogue.ServiceCatalogue;
import com.aibackend.conversation.Conversation;
import com.aibackend.conversation.Conversations;
import com.aibackend.conversation.Message;
import com.aibackend.conversation.Reading;
import com.aibackend.conversation.Readings;
import com.aibackend.conversation.Request;
import com.aibackend.conversation.Understanding;
import com.aibackend.shared.InvalidRequestException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Understands a conversation: classifies the customer's messages of the current round,
 * merges them with what was known, works out what is still missing and stores the result
 * as the round's reading.
 */
@Service
public class Bot {

	private final MessageClassifier classifier;

	private final FieldRequirements requirements;

	private final Conversations conversations;

	private final Readings readings;

	private final ServiceCatalogue catalogue;

	private final CustomerLanguage language;

	private final ServiceModel services;

	private final BotOutcomes outcomes;

	Bot(MessageClassifier classifier, FieldRequirements requirements, Conversations conversations, Readings readings,
			ServiceCatalogue catalogue, CustomerLanguage language, ServiceModel services, BotOutcomes outcomes) {
		this.catalogue = catalogue;
		this.outcomes = outcomes;
		this.language = language;
		this.services = services;
		this.classifier = classifier;
		this.requirements = requirements;
		this.conversations = conversations;
		this.readings = readings;
	}

	@Transactional
	public Reading understand(String conversationId) {
		return this.outcomes.classification().record(() -> read(conversationId));
	}

	private Reading read(String conversationId) {
		// A round starts from what is known of the customer, whichever run read it.
		Understanding known = this.readings.understandingOf(conversationId);
		Round round = round(conversationId, known.language());
		Classification classification = round.classification();
		ExtractedFields fields = classification.fields().orElse(fieldsOf(known));
		String service = (classification.service() != null) ? classification.service() : known.service();
		List<String> missing = this.requirements.missing(classification.intent(), service, fields);
		return this.readings.recordReading(conversationId, Reading.Source.BOT,
				new Understanding(classification.intent().name(), service, classification.priority().name(),
						(classification.type() != null) ? classification.type().name() : known.type(),
						classification.confidence(), round.language(), fields.requesterName(), fields.company(),
						fields.contact(), fields.description(), fields.ticketReference(), fields.title(), missing));
	}

	/**
	 * Whether the customer's messages of the current round only thank or say that things
	 * work again: such a message to a closed ticket does not reopen it.
	 */
	@Transactional(readOnly = true)
	public boolean onlyThanks(String conversationId) {
		String known = this.conversations.get(conversationId).getLanguage();
		return round(conversationId, known).classification().intent() == Intent.COURTESY;
	}

	/** The customer's messages of the current round, classified, and their language. */
	private Round round(String conversationId, String knownLanguage) {
		Conversation conversation = this.conversations.get(conversationId);
		List<String> texts = this.conversations.inboundOfCurrentRound(conversationId)
			.stream()
			.map(Message::getText)
			.toList();
		String language = this.language.of(texts, conversation.getSenderAddress(), knownLanguage);
		return new Round(this.classifier.classify(new ClassificationInput(conversation.getSubject(), texts,
				conversation.getSenderName(), conversation.getSenderAddress(), language)), language);
	}

	private record Round(Classification classification, String language) {
	}

	/**
	 * An agent completed the request the reading {@code readingId} found incomplete:
	 * their entries win; only blank fields can still be missing.
	 */
	@Transactional
	public Reading applyAgentInput(String readingId, Request input) {
		Reading revised = this.readings.reading(readingId);
		String conversationId = revised.getConversationId();
		Conversation conversation = this.conversations.get(conversationId);
		Understanding known = revised.understanding();
		if (input.service() != null && !input.service().isBlank() && !this.catalogue.contains(input.service())) {
			throw new InvalidRequestException("Unknown service '%s'".formatted(input.service()));
		}
		Priority priority = (input.priority() != null && !input.priority().isBlank())
				? Priority.valueOf(input.priority().toUpperCase(Locale.ROOT)) : Priority.valueOf(known.priority());
		ExtractedFields fields = new ExtractedFields(input.requesterName(), input.company(), input.contact(),
				input.description(), null, null)
			.orElse(fieldsOf(known));
		String service = (input.service() != null && !input.service().isBlank()) ? input.service() : known.service();
		List<String> missing = this.requirements.missing(Intent.NEW_REQUEST, service, fields)
			.stream()
			// The agent vouches for the description they wrote.
			.filter((field) -> !(FieldRequirements.DESCRIPTION.equals(field) && fields.description() != null
					&& !fields.description().isBlank()))
			.toList();
		return this.readings.recordReading(conversationId, Reading.Source.AGENT,
				new Understanding(Intent.NEW_REQUEST.name(), service, priority.name(), known.type(), 1.0,
						conversation.getLanguage(), fields.requesterName(), fields.company(), fields.contact(),
						fields.description(), null, fields.title(), missing));
	}

	/**
	 * An agent classified a message the bot was unsure about: their intent, service and
	 * priority replace those of the bot's reading {@code readingId}.
	 */
	@Transactional
	public Reading applyTriage(String readingId, String intentName, String service, String priorityName) {
		Reading revised = this.readings.reading(readingId);
		String conversationId = revised.getConversationId();
		Conversation conversation = this.conversations.get(conversationId);
		Understanding known = revised.understanding();
		Intent intent = Intent.valueOf(required(intentName, "intent").toUpperCase(Locale.ROOT));
		Priority priority = Priority.valueOf(required(priorityName, "priority").toUpperCase(Locale.ROOT));
		if (intent == Intent.NEW_REQUEST && (service == null || !this.catalogue.contains(service))) {
			throw new InvalidRequestException(
					"A new request needs a service of the catalogue, not '%s'".formatted(service));
		}
		ExtractedFields fields = fieldsOf(known);
		List<String> missing = this.requirements.missing(intent, service, fields);
		return this.readings.recordReading(conversationId, Reading.Source.TRIAGE,
				new Understanding(intent.name(), service, priority.name(), known.type(), 1.0,
						conversation.getLanguage(), fields.requesterName(), fields.company(), fields.contact(),
						fields.description(), fields.ticketReference(), fields.title(), missing));
	}

	/**
	 * The bot's best guess of the service, however unsure, to start an agent's triage
	 * from.
	 */
	@Transactional(readOnly = true)
	public TextPrediction serviceGuess(String conversationId) {
		return this.services.classifier().predict(currentText(conversationId));
	}

	/** Whether the service model would decide this on its own (see the thresholds). */
	public boolean isConfident(TextPrediction prediction) {
		return this.services.isSure(prediction);
	}

	private String currentText(String conversationId) {
		return this.conversations.inboundTextOfCurrentRound(conversationId, "\n");
	}

	private static String required(String value, String name) {
		if (value == null || value.isBlank()) {
			throw new InvalidRequestException(name + " is required");
		}
		return value;
	}

	public String serviceName(String serviceId) {
		return this.catalogue.name(serviceId);
	}

	public List<ServiceCatalogue.Service> catalogue() {
		return this.catalogue.services();
	}

	private static ExtractedFields fieldsOf(Understanding known) {
		return new ExtractedFields(known.requesterName(), known.company(), known.contact(), known.description(),
				known.ticketReference(), known.title());
	}

}
