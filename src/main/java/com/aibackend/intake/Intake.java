package com.aibackend.intake;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.aibackend.conversation.Channel;
import com.aibackend.conversation.Conversation;
import com.aibackend.conversation.ConversationStatus;
import com.aibackend.conversation.Conversations;
import com.aibackend.intake.internal.IntakeProperties;
import com.aibackend.intake.internal.TicketIntakeRuns;
import com.aibackend.outbound.CustomerMessages;
import com.aibackend.shared.InvalidRequestException;
import com.aibackend.ticket.TicketReopening;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where every customer message comes in, whatever its channel: checked, deduplicated,
 * placed in its thread by the channel's {@link ThreadRule}, stored, and handed to the
 * {@code ticket-intake} process, all in one transaction before the channel is answered.
 */
@Service
public class Intake {

	private static final List<String> FIELD_ORDER = List.of("channel", "senderAddress", "senderName", "subject", "text",
			"externalId", "thread");

	private final MeterRegistry meters;

	private final Conversations conversations;

	private final Map<Channel, ThreadRule> threadRules;

	private final TicketIntakeRuns runs;

	private final CustomerMessages customerMessages;

	private final Validator validator;

	private final IntakeProperties properties;

	private final TransactionTemplate transaction;

	private final TicketReopening reopening;

	private final Clock clock;

	Intake(Conversations conversations, List<ThreadRule> threadRules, TicketIntakeRuns runs,
			CustomerMessages customerMessages, Validator validator, IntakeProperties properties,
			TransactionTemplate transaction, MeterRegistry meters, TicketReopening reopening, Clock clock) {
		this.reopening = reopening;
		this.clock = clock;
		this.conversations = conversations;
		this.meters = meters;
		this.threadRules = threadRules.stream().collect(Collectors.toMap(ThreadRule::channel, Function.identity()));
		this.runs = runs;
		this.customerMessages = customerMessages;
		this.validator = validator;
		this.properties = properties;
		this.transaction = transaction;
	}

	/**
	 * Stores a customer message and moves its conversation on: a redelivery of a stored
	 * message returns its conversation unchanged; a message that continues an open
	 * conversation (by the channel's thread rule) goes to it; anything else starts a new
	 * conversation and its process. A customer who sent something the bot cannot read is
	 * told what it can read.
	 */
	public Conversation receive(IncomingMessage incoming) {
		validate(incoming);
		try {
			AtomicBoolean fresh = new AtomicBoolean();
			Conversation conversation = this.transaction.execute((status) -> duplicateOf(incoming).orElseGet(() -> {
				fresh.set(true);
				return route(incoming);
			}));
			if (fresh.get()) {
				received(incoming.channel());
			}
			return conversation;
		}
		catch (DataIntegrityViolationException ex) {
			// A concurrent delivery of the same channel message won the race: answer with
			// its conversation.
			return this.transaction.execute((status) -> duplicateOf(incoming)).orElseThrow(() -> ex);
		}
	}

	/**
	 * The customer's next message to a known conversation (the REST API's reply).
	 */
	@Transactional
	public Conversation reply(String conversationId, String text) {
		validateText(text);
		Conversation conversation = this.conversations.get(conversationId);
		this.conversations.addInbound(conversation, conversation.getChannel(), null, text, null);
		this.runs.continueWith(conversation, text);
		received(conversation.getChannel());
		return conversation;
	}

	/**
	 * Stores the message of a process that was started without one (Tasklist's start
	 * form, the engine's REST API). Runs in the caller's transaction.
	 */
	@Transactional
	public Conversation registerStarted(IncomingMessage incoming, String processInstanceId) {
		validate(incoming);
		Conversation conversation = duplicateOf(incoming).orElseGet(() -> store(incoming));
		this.conversations.linkProcess(conversation, processInstanceId);
		return conversation;
	}

	/** Counted for operations (README, Metrics): new messages only, not redeliveries. */
	private void received(Channel channel) {
		this.meters.counter("aibackend.messages.received", "channel", channel.name()).increment();
	}

	/**
	 * Where a new message goes, in this order: the conversation its channel's thread rule
	 * names, while that one is still going (waiting for information, being read, its
	 * ticket open); the sender's open ticket on any channel (a follow-up, never a second
	 * ticket); their ticket closed within the reopen window, named by the thread (or by
	 * the sender, for the REST API), which reopens; a new round of an answered thread;
	 * else a new conversation.
	 */
	private Conversation route(IncomingMessage incoming) {
		ThreadRule rule = this.threadRules.get(incoming.channel());
		Optional<Conversation> thread = Optional.ofNullable(rule).flatMap((r) -> r.conversationOf(incoming));
		String sender = incoming.senderAddress().strip();
		Conversation conversation = thread.filter(Intake::isGoing)
			.or(() -> this.conversations.withOpenTicket(sender))
			.map((going) -> addTo(going, incoming))
			.or(() -> thread.or(() -> (rule == null) ? this.conversations.withClosedTicket(sender) : Optional.empty())
				.filter(this::reopensTicket)
				.map((closed) -> reopen(closed, incoming)))
			.or(() -> thread.filter((answered) -> answered.getStatus() != ConversationStatus.CLOSED)
				.map((answered) -> addTo(answered, incoming)))
			.orElseGet(() -> {
				Conversation opened = store(incoming);
				this.runs.start(opened);
				return opened;
			});
		if (incoming.unreadable()) {
			this.customerMessages.enqueue(conversation.getId(), "message.unreadable");
		}
		return conversation;
	}

	/** Still in the works: a new message belongs to it. */
	private static boolean isGoing(Conversation conversation) {
		return switch (conversation.getStatus()) {
			case ANSWERED, EXPIRED, CLOSED, DISMISSED -> false;
			default -> true;
		};
	}

	private boolean reopensTicket(Conversation conversation) {
		return conversation.getStatus() == ConversationStatus.CLOSED && conversation.getTicketId() != null
				&& conversation.getUpdatedAt().plus(this.properties.reopenWithin()).isAfter(this.clock.instant());
	}

	private Conversation addTo(Conversation conversation, IncomingMessage incoming) {
		this.conversations.addInbound(conversation, incoming.channel(), blankToNull(incoming.externalId()),
				incoming.text(), blankToNull(incoming.originalText()));
		this.runs.continueWith(conversation, incoming.text());
		return conversation;
	}

	private Conversation reopen(Conversation closed, IncomingMessage incoming) {
		this.conversations.addInbound(closed, incoming.channel(), blankToNull(incoming.externalId()), incoming.text(),
				blankToNull(incoming.originalText()));
		this.reopening.startRun(closed.getTicketId(), null);
		this.conversations.commentOnTicket(closed, incoming.text());
		return closed;
	}

	private Optional<Conversation> duplicateOf(IncomingMessage incoming) {
		return this.conversations.ofChannelMessage(incoming.channel(), blankToNull(incoming.externalId()));
	}

	private Conversation store(IncomingMessage incoming) {
		return this.conversations.open(incoming.channel(), incoming.senderAddress().strip(),
				blankToNull(incoming.senderName()), blankToNull(incoming.subject()), blankToNull(incoming.thread()),
				blankToNull(incoming.externalId()), incoming.text(), blankToNull(incoming.originalText()));
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
