package com.aibackend.outbound.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.aibackend.conversation.Channel;
import com.aibackend.conversation.Conversation;
import com.aibackend.conversation.Conversations;
import com.aibackend.conversation.Direction;
import com.aibackend.conversation.Message;
import com.aibackend.conversation.MessageState;
import com.aibackend.outbound.ChannelTransport;
import com.aibackend.outbound.DeliveryChanged;
import com.aibackend.outbound.OutboundMessage;
import com.aibackend.process.MessageDeliveryProcess;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Answers to customers, from "stored" to "sent" and beyond. Each outbound message is
 * stored as {@code PENDING} and handed to a small delivery process whose asynchronous
 * step sends it on the customer's channel, retried on failure; when the retries are
 * exhausted the message is {@code FAILED} and an incident in Cockpit holds it for an
 * operator. Nothing is dropped.
 */
@Service
public class OutboundDelivery {

	private static final Logger log = LoggerFactory.getLogger(OutboundDelivery.class);

	private final Map<Channel, ChannelTransport> transports;

	private final Conversations conversations;

	private final RuntimeService runtimeService;

	private final TransactionTemplate separateTransaction;

	private final Clock clock;

	private final String retryCycle;

	private final MeterRegistry meters;

	private final ApplicationEventPublisher events;

	OutboundDelivery(List<ChannelTransport> transports, Conversations conversations, RuntimeService runtimeService,
			PlatformTransactionManager transactionManager, Clock clock,
			@Value("${aibackend.outbound.retry-cycle:R5/PT1M}") String retryCycle, MeterRegistry meters,
			ApplicationEventPublisher events) {
		this.meters = meters;
		this.events = events;
		this.transports = transports.stream().collect(Collectors.toMap(ChannelTransport::channel, Function.identity()));
		this.conversations = conversations;
		this.runtimeService = runtimeService;
		this.separateTransaction = new TransactionTemplate(transactionManager);
		this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.retryCycle = retryCycle;
	}

	/**
	 * Stores the answer and, for a channel that sends, starts its delivery in the same
	 * transaction. API clients read answers from the conversation, so those count as
	 * sent. An answer on a channel that is not configured is stored as {@code FAILED}
	 * with the reason, and logged.
	 */
	public Message enqueue(Conversation conversation, String text) {
		Channel channel = conversation.getChannel();
		if (channel == Channel.API) {
			return this.conversations.addOutbound(conversation.getId(), text, MessageState.SENT);
		}
		Message message = this.conversations.addOutbound(conversation.getId(), text, MessageState.PENDING);
		if (!this.transports.containsKey(channel)) {
			message.attemptFailed("The %s channel is not configured; the answer cannot be sent.".formatted(channel),
					true, this.clock.instant());
			log.warn("Answer {} to conversation {} not sent: the {} channel is not configured", message.getId(),
					conversation.getId(), channel);
			changed(message);
			return message;
		}
		this.runtimeService.createProcessInstanceByKey(MessageDeliveryProcess.KEY)
			.businessKey(message.getId())
			.setVariable(MessageDeliveryProcess.Var.MESSAGE_ID, message.getId())
			.setVariable(MessageDeliveryProcess.Var.RETRY_CYCLE, this.retryCycle)
			.execute();
		return message;
	}

	/**
	 * Sends one stored answer. A failure is recorded in its own transaction (the step's
	 * rolls back) and rethrown so that the step is retried.
	 * @param finalAttempt whether no retry is left after this one
	 */
	@Transactional
	public void deliver(String messageId, boolean finalAttempt) {
		Message message = this.conversations.message(messageId)
			.orElseThrow(() -> new IllegalStateException("No message " + messageId));
		if (!message.awaitsDelivery()) {
			return;
		}
		try {
			Conversation conversation = this.conversations.get(message.getConversationId());
			ChannelTransport transport = this.transports.get(message.getChannel());
			if (transport == null) {
				throw new DeliveryFailed("The %s channel is not configured".formatted(message.getChannel()));
			}
			String providerId;
			try {
				providerId = transport.send(outboundOf(conversation, message.getId(), message.getText()));
			}
			catch (RuntimeException ex) {
				throw new DeliveryFailed(reasonOf(ex));
			}
			message.sent(providerId, this.clock.instant());
			sendAttempt(message, "sent");
			changed(message);
		}
		catch (RuntimeException ex) {
			String reason = Objects.requireNonNullElse(ex.getMessage(), ex.getClass().getSimpleName());
			this.separateTransaction
				.executeWithoutResult((status) -> this.conversations.message(messageId).ifPresent((stored) -> {
					stored.attemptFailed(reason, finalAttempt, this.clock.instant());
					if (finalAttempt) {
						changed(stored);
					}
				}));
			sendAttempt(message, finalAttempt ? "failed" : "retried");
			log.warn("Sending message {} on {} failed{}: {}", messageId, message.getChannel(),
					finalAttempt ? " for the last time" : ", will retry", reason);
			throw ex;
		}
	}

	/**
	 * A channel's delivery report for one of our messages; reports never move a state
	 * back.
	 * @return whether a message with that channel id was found
	 */
	@Transactional
	public boolean report(Channel channel, String providerId, MessageState state) {
		return this.conversations.messageOnChannel(channel, providerId).map((message) -> {
			if (message.reported(state, this.clock.instant())) {
				changed(message);
			}
			return true;
		}).orElse(false);
	}

	/**
	 * Why the customer's channel would refuse a message now; {@code null} when it can be
	 * sent (API clients read their answers, so they are never refused).
	 */
	@Transactional(readOnly = true)
	public String refusal(Conversation conversation) {
		Channel channel = conversation.getChannel();
		if (channel == Channel.API) {
			return null;
		}
		ChannelTransport transport = this.transports.get(channel);
		if (transport == null) {
			return "The %s channel is not configured, so nothing can be sent to this customer.".formatted(channel);
		}
		return transport.refusal(outboundOf(conversation, null, ""));
	}

	/**
	 * The channel's own words, with the root cause named when it has none ("Connection
	 * refused").
	 */
	private static String reasonOf(RuntimeException ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = Objects.requireNonNullElse(ex.getMessage(), ex.getClass().getSimpleName()).strip();
		if (root != ex) {
			String cause = (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
			message = message.endsWith(": null") ? message.substring(0, message.length() - 6) + ": " + cause
					: (message.contains(cause) ? message : message + " (" + cause + ")");
		}
		return message;
	}

	private void changed(Message message) {
		this.events.publishEvent(new DeliveryChanged(message.getConversationId(), message.getId(), message.getState()));
	}

	/** Counted for operations (README, Metrics). */
	private void sendAttempt(Message message, String outcome) {
		this.meters.counter("aibackend.messages.sends", "channel", message.getChannel().name(), "outcome", outcome)
			.increment();
	}

	private OutboundMessage outboundOf(Conversation conversation, String messageId, String text) {
		List<Message> history = this.conversations.messagesOf(conversation.getId());
		List<String> threadIds = history.stream().map(Message::getExternalId).filter(Objects::nonNull).toList();
		Message lastInbound = history.stream()
			.filter((m) -> m.getDirection() == Direction.IN)
			.reduce((first, second) -> second)
			.orElse(null);
		return new OutboundMessage(messageId, conversation.getId(), conversation.getChannel(),
				conversation.getSenderAddress(), conversation.getSenderName(), conversation.getChannelThread(),
				conversation.getSubject(), conversation.getTicketId(), conversation.getLanguage(), text,
				(lastInbound != null) ? lastInbound.getCreatedAt() : null, threadIds,
				(lastInbound != null) ? lastInbound.getExternalId() : null);
	}

}
