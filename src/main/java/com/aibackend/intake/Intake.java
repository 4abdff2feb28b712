package com.aibackend.intake;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.aibackend.conversation.Channel;
import com.aibackend.conversation.Conversation;
import com.aibackend.conversation.Conversations;
import com.aibackend.intake.internal.Inbox;
import com.aibackend.intake.internal.InboxDispatcher;
import com.aibackend.intake.internal.IntakeProperties;
import com.aibackend.shared.InvalidRequestException;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where every customer message comes in, whatever its channel: checked, then stored in
 * the inbox, which is all a channel waits for. Routing it to its conversation and process
 * happens after that commit: at once for the REST API and the mail poller, which answer
 * with the conversation; on the inbox's lane for webhooks, which only need the
 * acknowledgement.
 */
@Service
public class Intake {

	private static final List<String> FIELD_ORDER = List.of("channel", "senderAddress", "senderName", "subject", "text",
			"externalId", "thread");

	private final MeterRegistry meters;

	private final Conversations conversations;

	private final Inbox inbox;

	private final InboxDispatcher dispatcher;

	private final Validator validator;

	private final IntakeProperties properties;

	Intake(Conversations conversations, Inbox inbox, InboxDispatcher dispatcher, Validator validator,
			IntakeProperties properties, MeterRegistry meters) {
		this.conversations = conversations;
		this.inbox = inbox;
		this.dispatcher = dispatcher;
		this.meters = meters;
		this.validator = validator;
		this.properties = properties;
	}

	/**
	 * Stores a webhook's message and returns; it is routed after the commit. A redelivery
	 * of a stored message changes nothing.
	 */
	public void accept(IncomingMessage incoming) {
		validate(incoming);
		this.inbox.store(incoming, null).ifPresent((deliveryId) -> {
			received(incoming.channel());
			this.dispatcher.routeLater(deliveryId);
		});
	}

	/**
	 * Stores a customer message and routes it at once: a redelivery of a stored message
	 * returns its conversation unchanged; a message that continues an open conversation
	 * goes to it; anything else starts a new conversation and its process.
	 */
	public Conversation receive(IncomingMessage incoming) {
		validate(incoming);
		Optional<String> stored = this.inbox.store(incoming, null);
		stored.ifPresent((deliveryId) -> received(incoming.channel()));
		return stored.or(() -> this.inbox.idOf(incoming.channel(), incoming.externalId()))
			.map(this.dispatcher::routeNow)
			.orElseThrow();
	}

	/** The customer's next message to a known conversation (the REST API's reply). */
	public Conversation reply(String conversationId, String text) {
		validateText(text);
		Conversation conversation = this.conversations.get(conversationId);
		String deliveryId = this.inbox
			.store(new IncomingMessage(conversation.getChannel(), conversation.getSenderAddress(), null, null, text,
					null), conversationId)
			.orElseThrow();
		received(conversation.getChannel());
		return this.dispatcher.routeNow(deliveryId);
	}

	/**
	 * Stores the message of a process that was started without one (Tasklist's start
	 * form, the engine's REST API). Runs in the caller's transaction.
	 */
	@Transactional
	public Conversation registerStarted(IncomingMessage incoming, String processInstanceId) {
		validate(incoming);
		Conversation conversation = this.conversations
			.ofChannelMessage(incoming.channel(), blankToNull(incoming.externalId()))
			.orElseGet(() -> this.conversations.open(incoming.channel(), incoming.senderAddress().strip(),
					blankToNull(incoming.senderName()), blankToNull(incoming.subject()), blankToNull(incoming.thread()),
					blankToNull(incoming.externalId()), incoming.text(), blankToNull(incoming.originalText())));
		this.conversations.linkProcess(conversation, processInstanceId);
		return conversation;
	}

	/** Counted for operations (README, Metrics): new messages only, not redeliveries. */
	private void received(Channel channel) {
		this.meters.counter("aibackend.messages.received", "channel", channel.name()).increment();
	}

	private void validate(IncomingMessage incoming) {
		this.validator.validate(incoming)
			.stream()
			.min(Comparator.comparingInt(Intake::fieldRank))
			.ifPresent((violation) -> {
				throw new InvalidRequestException(violation.getMessage());
			});
		validateText(incoming.text());
	}

	private static int fieldRank(ConstraintViolation<IncomingMessage> violation) {
		int rank = FIELD_ORDER.indexOf(violation.getPropertyPath().toString());
		return (rank >= 0) ? rank : FIELD_ORDER.size();
	}

	private void validateText(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidRequestException("text is required and must not be empty");
		}
		int bytes = text.getBytes(StandardCharsets.UTF_8).length;
		if (bytes > this.properties.maxTextBytes()) {
			throw new InvalidRequestException(
					"text is %d bytes; at most %d are accepted".formatted(bytes, this.properties.maxTextBytes()));
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
