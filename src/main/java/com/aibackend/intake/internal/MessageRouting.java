package com.aibackend.intake.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.aibackend.conversation.Channel;
import com.aibackend.conversation.Conversation;
import com.aibackend.conversation.ConversationStatus;
import com.aibackend.conversation.Conversations;
import com.aibackend.conversation.Message;
import com.aibackend.intake.IncomingMessage;
import com.aibackend.intake.UnreadableMessageReceived;
import com.aibackend.intake.ThreadRule;
import com.aibackend.intake.internal.Inbox.InboundDelivery;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Where a stored delivery goes: its conversation is found (the correlation key), the
 * message is kept with it, and {@link TicketIntakeRuns#deliver} hands it to the process,
 * which decides what it does. Runs in the caller's transaction, after the delivery was
 * acknowledged.
 */
@Component
class MessageRouting {

	private final Conversations conversations;

	private final Map<Channel, ThreadRule> threadRules;

	private final TicketIntakeRuns runs;

	private final ApplicationEventPublisher events;

	private final IntakeProperties properties;

	private final Clock clock;

	MessageRouting(Conversations conversations, List<ThreadRule> threadRules, TicketIntakeRuns runs,
			ApplicationEventPublisher events, IntakeProperties properties, Clock clock) {
		this.conversations = conversations;
		this.threadRules = threadRules.stream().collect(Collectors.toMap(ThreadRule::channel, Function.identity()));
		this.runs = runs;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	/** Routes one delivery and returns its conversation. */
	Conversation route(InboundDelivery delivery) {
		IncomingMessage incoming = delivery.message();
		Optional<Conversation> earlier = this.conversations.ofChannelMessage(incoming.channel(), incoming.externalId());
		if (earlier.isPresent()) {
			// Stored before the inbox existed, or by a start from Tasklist: nothing new.
			return earlier.get();
		}
		Optional<Conversation> continued = (delivery.namedConversationId() != null)
				? Optional.of(this.conversations.get(delivery.namedConversationId())) : conversationOf(incoming);
		Conversation conversation;
		Message message;
		if (continued.isPresent()) {
			conversation = continued.get();
			message = this.conversations.addInbound(conversation, incoming.channel(), incoming.externalId(),
					incoming.text(), incoming.originalText());
		}
		else {
			conversation = this.conversations.open(incoming.channel(), incoming.senderAddress(), incoming.senderName(),
					incoming.subject(), incoming.thread(), incoming.externalId(), incoming.text(),
					incoming.originalText());
			message = null;
		}
		this.runs.deliver(conversation, message);
		if (incoming.unreadable()) {
			this.events.publishEvent(new UnreadableMessageReceived(conversation.getId(), incoming.text()));
		}
		return conversation;
	}

	/**
	 * The conversation a new message continues, in this order: the one its channel's
	 * thread rule names, while it is still going (waiting for information, being read,
	 * its ticket open); the sender's open ticket on any channel (a follow-up, never a
	 * second ticket); their ticket closed within the reopen window, named by the thread
	 * (or by the sender, for the REST API); an answered thread, for a new round. Else
	 * none: a new conversation.
	 */
	private Optional<Conversation> conversationOf(IncomingMessage incoming) {
		ThreadRule rule = this.threadRules.get(incoming.channel());
		Optional<Conversation> thread = Optional.ofNullable(rule).flatMap((r) -> r.conversationOf(incoming));
		String sender = incoming.senderAddress();
		return thread.filter(MessageRouting::isGoing)
			.or(() -> this.conversations.withOpenTicket(sender))
			.or(() -> thread.or(() -> (rule == null) ? this.conversations.withClosedTicket(sender) : Optional.empty())
				.filter(this::closedRecently))
			.or(() -> thread.filter((answered) -> answered.getStatus() != ConversationStatus.CLOSED));
	}

	/** Still in the works: a new message belongs to it. */
	private static boolean isGoing(Conversation conversation) {
		return switch (conversation.getStatus()) {
			case ANSWERED, EXPIRED, CLOSED, DISMISSED -> false;
			default -> true;
		};
	}

	private boolean closedRecently(Conversation conversation) {
		return conversation.getStatus() == ConversationStatus.CLOSED && conversation.getTicketId() != null
				&& conversation.getUpdatedAt().plus(this.properties.reopenWithin()).isAfter(this.clock.instant());
	}

}
