package com.aibackend.conversation;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.aibackend.conversation.internal.ConversationRepository;
import com.aibackend.conversation.internal.MessageRepository;
import com.aibackend.shared.NotFoundException;
import com.aibackend.shared.Texts;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of conversations and their messages, and the queries on it. Intake adds
 * customer messages, outbound adds answers; neither decides here what happens next.
 */
@Service
public class Conversations {

	private final ConversationRepository conversations;

	private final MessageRepository messages;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Conversations(ConversationRepository conversations, MessageRepository messages, Clock clock,
			ApplicationEventPublisher events) {
		this.conversations = conversations;
		this.messages = messages;
		this.clock = clock;
		this.events = events;
	}

	/** Opens a conversation with the customer's first message. */
	@Transactional
	public Conversation open(Channel channel, String senderAddress, String senderName, String subject, String thread,
			String externalId, String text, String originalText) {
		Instant now = this.clock.instant();
		Conversation conversation = this.conversations
			.save(new Conversation(channel, senderAddress, senderName, subject, thread, now));
		this.messages.saveAndFlush(
				new Message(conversation.getId(), Direction.IN, channel, externalId, text, originalText, now));
		return conversation;
	}

	/** Adds a customer message to an existing conversation. */
	@Transactional
	public Message addInbound(Conversation conversation, Channel channel, String externalId, String text,
			String originalText) {
		Instant now = this.clock.instant();
		conversation.touch(now);
		return this.messages.saveAndFlush(
				new Message(conversation.getId(), Direction.IN, channel, externalId, text, originalText, now));
	}

	/** Adds an answer to the customer, in the given delivery state. */
	@Transactional
	public Message addOutbound(String conversationId, String text, MessageState state) {
		Conversation conversation = get(conversationId);
		Instant now = this.clock.instant();
		conversation.touch(now);
		return this.messages.save(Message.outbound(conversationId, conversation.getChannel(), text, state, now));
	}

	/** Only the process writes the status (see {@link ConversationStatusProjection}). */
	@Transactional
	void changeStatus(String conversationId, ConversationStatus status) {
		get(conversationId).changeStatus(status, this.clock.instant());
	}

	/**
	 * A new round of an answered, expired or closed conversation, starting with the
	 * customer's message sent at {@code since}.
	 */
	@Transactional
	public void startRound(Conversation conversation, Instant since) {
		// No finer than the database keeps the message's time, so the round includes it.
		conversation.reopen(since.truncatedTo(ChronoUnit.MILLIS));
	}

	@Transactional
	public void linkProcess(Conversation conversation, String processInstanceId) {
		conversation.linkProcess(processInstanceId);
	}

	/** The conversation's closed ticket is open again, in a new process run. */
	@Transactional
	public void relinkTicket(String conversationId, String processInstanceId) {
		get(conversationId).linkProcess(processInstanceId);
	}

	@Transactional
	public void linkTicket(String conversationId, String ticketId) {
		get(conversationId).linkTicket(ticketId, this.clock.instant());
	}

	/** Answers to customers per delivery state, for operations. */
	@Transactional(readOnly = true)
	public Map<MessageState, Long> outboundByState() {
		Map<MessageState, Long> counts = new EnumMap<>(MessageState.class);
		this.messages.countOutboundByState()
			.forEach((row) -> counts.put((MessageState) row[0], ((Number) row[1]).longValue()));
		return counts;
	}

	@Transactional(readOnly = true)
	public Conversation get(String conversationId) {
		return this.conversations.findById(conversationId)
			.orElseThrow(() -> new NotFoundException("No conversation with id " + conversationId));
	}

	/** The conversation holding the channel message with this id (a redelivery). */
	@Transactional(readOnly = true)
	public Optional<Conversation> ofChannelMessage(Channel channel, String externalId) {
		if (externalId == null) {
			return Optional.empty();
		}
		return this.messages.findByChannelAndExternalId(channel, externalId)
			.flatMap((message) -> this.conversations.findById(message.getConversationId()));
	}

	/** The conversation of the latest of these channel messages (e-mail references). */
	@Transactional(readOnly = true)
	public Optional<Conversation> ofLatestChannelMessage(Channel channel, Collection<String> externalIds) {
		if (externalIds.isEmpty()) {
			return Optional.empty();
		}
		return this.messages.findFirstByChannelAndExternalIdInOrderByCreatedAtDesc(channel, externalIds)
			.flatMap((message) -> this.conversations.findById(message.getConversationId()));
	}

	/** The conversation that made this ticket, if this sender had it. */
	@Transactional(readOnly = true)
	public Optional<Conversation> ofTicket(String ticketId, String senderAddress) {
		if (ticketId == null) {
			return Optional.empty();
		}
		return this.conversations.findFirstByTicketIdAndSenderAddressIgnoreCase(ticketId, senderAddress);
	}

	/** The latest conversation in a channel's thread (a chat, a room). */
	@Transactional(readOnly = true)
	public Optional<Conversation> latestInThread(Channel channel, String thread) {
		if (thread == null) {
			return Optional.empty();
		}
		return this.conversations.findFirstByChannelAndChannelThreadOrderByCreatedAtDesc(channel, thread);
	}

	/** The sender's conversation on this channel that waits for their information. */
	@Transactional(readOnly = true)
	public Optional<Conversation> waitingFor(Channel channel, String senderAddress) {
		return this.conversations.findFirstByChannelAndSenderAddressAndStatusOrderByUpdatedAtDesc(channel,
				senderAddress, ConversationStatus.WAITING_FOR_INFO);
	}

	@Transactional(readOnly = true)
	public Optional<Message> message(String messageId) {
		return this.messages.findById(messageId);
	}

	@Transactional(readOnly = true)
	public Optional<Message> messageOnChannel(Channel channel, String externalId) {
		return this.messages.findByChannelAndExternalId(channel, externalId);
	}

	/** The customer's messages of the current round, oldest first. */
	@Transactional(readOnly = true)
	public List<Message> inboundOfCurrentRound(String conversationId) {
		Conversation conversation = get(conversationId);
		return this.messages.findByConversationIdAndDirectionAndCreatedAtGreaterThanEqualOrderByCreatedAtAscIdAsc(
				conversationId, Direction.IN, conversation.getOpenedAt());
	}

	/**
	 * The customer's texts of the current round, oldest first, joined by
	 * {@code separator}.
	 */
	@Transactional(readOnly = true)
	public String inboundTextOfCurrentRound(String conversationId, String separator) {
		return String.join(separator, inboundOfCurrentRound(conversationId).stream().map(Message::getText).toList());
	}

	@Transactional(readOnly = true)
	public List<Message> messagesOf(String conversationId) {
		return this.messages.findByConversationIdOrderByCreatedAtAscIdAsc(conversationId);
	}

	@Transactional(readOnly = true)
	public List<Conversation> find(ConversationStatus status, Channel channel, String sender, int limit) {
		List<Specification<Conversation>> conditions = new ArrayList<>();
		if (status != null) {
			conditions.add((root, query, cb) -> cb.equal(root.get("status"), status));
		}
		if (channel != null) {
			conditions.add((root, query, cb) -> cb.equal(root.get("channel"), channel));
		}
		if (sender != null && !sender.isBlank()) {
			conditions.add((root, query, cb) -> cb.equal(cb.lower(root.get("senderAddress")), sender.toLowerCase()));
		}
		return this.conversations
			.findAll(Specification.allOf(conditions),
					PageRequest.of(0, limit, Sort.by(Sort.Direction.DESC, "createdAt", "id")))
			.getContent();
	}

	/** Ids of conversations in which a message contains the text, case-insensitive. */
	@Transactional(readOnly = true)
	public List<String> withText(String text, int limit) {
		return this.messages.conversationIdsWithText(Texts.containing(text), PageRequest.of(0, limit));
	}

	/**
	 * The sender's conversation whose ticket is open (status PROCESSED), on any channel:
	 * a follow-up goes there.
	 */
	@Transactional(readOnly = true)
	public Optional<Conversation> withOpenTicket(String senderAddress) {
		return this.conversations.findFirstBySenderAddressAndStatusOrderByUpdatedAtDesc(senderAddress,
				ConversationStatus.PROCESSED);
	}

	/** The sender's latest conversation whose ticket was closed, on any channel. */
	@Transactional(readOnly = true)
	public Optional<Conversation> withClosedTicket(String senderAddress) {
		return this.conversations.findFirstBySenderAddressAndStatusOrderByUpdatedAtDesc(senderAddress,
				ConversationStatus.CLOSED);
	}

	/** Conversations of one sender, newest first, to answer "where are my tickets". */
	@Transactional(readOnly = true)
	public List<Conversation> ofSender(String senderAddress) {
		return find(null, null, senderAddress, 50);
	}

	/**
	 * A customer message on a conversation whose ticket is open: a comment for its
	 * consultant.
	 */
	@Transactional
	public void commentOnTicket(String conversationId, String text) {
		Conversation conversation = get(conversationId);
		Instant now = this.clock.instant();
		conversation.touch(now);
		this.events.publishEvent(new CustomerCommented(conversation.getId(), conversation.getTicketId(), text, now));
	}

	/**
	 * Shows the current round's messages to the consultant of the sender's open ticket,
	 * if they have one, as a customer comment ("thanks, it works now" must not get lost,
	 * nor close the ticket).
	 * @return whether the sender has an open ticket
	 */
	@Transactional
	public boolean commentOnOpenTicket(String conversationId) {
		Conversation conversation = get(conversationId);
		Optional<Conversation> open = this.conversations
			.findFirstBySenderAddressIgnoreCaseAndStatusOrderByUpdatedAtDesc(conversation.getSenderAddress(),
					ConversationStatus.PROCESSED);
		open.ifPresent((ticketConversation) -> this.events
			.publishEvent(new CustomerCommented(ticketConversation.getId(), ticketConversation.getTicketId(),
					inboundTextOfCurrentRound(conversationId, "\n"), this.clock.instant())));
		return open.isPresent();
	}

}
