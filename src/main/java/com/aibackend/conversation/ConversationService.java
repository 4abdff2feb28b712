package com.aibackend.conversation;

import static com.aibackend.process.TicketIntakeProcess.KEY;
import static com.aibackend.process.TicketIntakeProcess.MSG_CUSTOMER_REPLY;
import static com.aibackend.process.TicketIntakeProcess.Var.CONVERSATION_ID;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.aibackend.shared.InvalidRequestException;
import com.aibackend.shared.NotFoundException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores conversations and their messages and keeps each conversation's process in step:
 * a new message starts the intake process, a reply is correlated to the waiting one.
 */
@Service
public class ConversationService {

	private static final int MAX_SUBJECT = 500;

	private static final int MAX_NAME = 200;

	private static final int MAX_ADDRESS = 320;

	private static final int MAX_EXTERNAL_ID = 255;

	private final ConversationRepository conversations;

	private final MessageRepository messages;

	private final RuntimeService runtimeService;

	private final TransactionTemplate transaction;

	private final IntakeProperties properties;

	private final Clock clock;

	private final OutboundDelivery delivery;

	private final ApplicationEventPublisher events;

	private final MessageSource messageSource;

	ConversationService(ConversationRepository conversations, MessageRepository messages, RuntimeService runtimeService,
			TransactionTemplate transaction, IntakeProperties properties, Clock clock, OutboundDelivery delivery,
			ApplicationEventPublisher events, MessageSource messageSource) {
		this.messageSource = messageSource;
		this.conversations = conversations;
		this.messages = messages;
		this.runtimeService = runtimeService;
		this.transaction = transaction;
		this.properties = properties;
		this.clock = clock;
		this.delivery = delivery;
		this.events = events;
	}

	/**
	 * Stores a new customer message and starts its intake process in one transaction. A
	 * message whose channel id was seen before returns the conversation it already
	 * belongs to.
	 */
	public Conversation receive(IncomingMessage incoming) {
		return receive(incoming, () -> startNew(incoming));
	}

	/**
	 * Stores a message that arrived on a customer channel (webhook, mailbox) and routes
	 * it in one transaction: a redelivery is recognised; a message in an existing thread
	 * (the same chat, an e-mail reply, a ticket named in the subject) or from a customer
	 * whose conversation waits for information continues that conversation; anything else
	 * starts a new one.
	 */
	public Conversation receiveFromChannel(IncomingMessage incoming) {
		return receive(incoming, () -> {
			Conversation conversation = threadOf(incoming)
				.filter((existing) -> existing.getStatus() != ConversationStatus.CLOSED)
				.map((existing) -> append(existing, incoming))
				.orElseGet(() -> startNew(incoming));
			if (incoming.unreadable()) {
				enqueueAnswer(conversation.getId(), this.messageSource.getMessage("message.unreadable", null,
						CustomerMessages.localeOf(conversation)));
			}
			return conversation;
		});
	}

	private Conversation receive(IncomingMessage incoming, Supplier<Conversation> route) {
		validate(incoming);
		try {
			return this.transaction.execute((status) -> duplicateOf(incoming).orElseGet(route));
		}
		catch (DataIntegrityViolationException ex) {
			// A concurrent delivery of the same channel message won the race: answer with
			// its conversation.
			return this.transaction.execute((status) -> duplicateOf(incoming)).orElseThrow(() -> ex);
		}
	}

	private Conversation startNew(IncomingMessage incoming) {
		Conversation conversation = store(incoming);
		startProcess(conversation);
		return conversation;
	}

	private Optional<Conversation> threadOf(IncomingMessage incoming) {
		Optional<Conversation> thread = Optional.empty();
		if (!incoming.references().isEmpty()) {
			thread = this.messages
				.findFirstByChannelAndExternalIdInOrderByCreatedAtDesc(incoming.channel(), incoming.references())
				.flatMap((message) -> this.conversations.findById(message.getConversationId()));
		}
		if (thread.isEmpty() && incoming.ticketReference() != null) {
			thread = this.conversations.findFirstByTicketIdAndSenderAddressIgnoreCase(incoming.ticketReference(),
					incoming.senderAddress().strip());
		}
		if (thread.isEmpty() && incoming.thread() != null) {
			thread = this.conversations.findFirstByChannelAndChannelThreadOrderByCreatedAtDesc(incoming.channel(),
					incoming.thread());
		}
		if (thread.isEmpty()) {
			thread = this.conversations.findFirstByChannelAndSenderAddressAndStatusOrderByUpdatedAtDesc(
					incoming.channel(), incoming.senderAddress().strip(), ConversationStatus.WAITING_FOR_INFO);
		}
		return thread;
	}

	private Conversation append(Conversation conversation, IncomingMessage incoming) {
		this.messages.saveAndFlush(
				new Message(conversation.getId(), Direction.IN, incoming.channel(), blankToNull(incoming.externalId()),
						incoming.text(), blankToNull(incoming.originalText()), this.clock.instant()));
		continueWith(conversation, incoming.text());
		return conversation;
	}

	/**
	 * Stores a message for a process that was started without one (Tasklist's start form,
	 * the engine's REST API). Runs in the caller's transaction.
	 */
	@Transactional
	public Conversation registerForProcess(IncomingMessage incoming, String processInstanceId) {
		validate(incoming);
		Conversation conversation = duplicateOf(incoming).orElseGet(() -> store(incoming));
		conversation.linkProcess(processInstanceId);
		return conversation;
	}

	/**
	 * Adds the customer's next message. A conversation waiting for information resumes;
	 * an answered or expired one starts a new round; otherwise the message is kept with
	 * the conversation.
	 */
	@Transactional
	public Conversation addCustomerMessage(String conversationId, String text) {
		validateText(text);
		Conversation conversation = get(conversationId);
		this.messages.save(new Message(conversation.getId(), Direction.IN, conversation.getChannel(), null, text,
				this.clock.instant()));
		continueWith(conversation, text);
		return conversation;
	}

	private void continueWith(Conversation conversation, String text) {
		Instant now = this.clock.instant();
		switch (conversation.getStatus()) {
			case WAITING_FOR_INFO -> {
				conversation.changeStatus(ConversationStatus.RECEIVED, now);
				this.runtimeService.createMessageCorrelation(MSG_CUSTOMER_REPLY)
					.processInstanceId(conversation.getProcessInstanceId())
					.correlateAllWithResult();
			}
			case ANSWERED, EXPIRED, CLOSED -> {
				conversation.reopen(now);
				startProcess(conversation);
			}
			case PROCESSED -> {
				conversation.touch(now);
				this.events
					.publishEvent(new CustomerCommented(conversation.getId(), conversation.getTicketId(), text, now));
			}
			// In flight: classification still reads it.
			default -> conversation.touch(now);
		}
	}

	/**
	 * Queues an answer to the customer as an outbound message of the conversation; the
	 * delivery process sends it on the customer's channel after this transaction commits.
	 */
	@Transactional
	public Message enqueueAnswer(String conversationId, String text) {
		Conversation conversation = get(conversationId);
		conversation.touch(this.clock.instant());
		return this.delivery.enqueue(conversation, text);
	}

	@Transactional
	public Conversation applyUnderstanding(String conversationId, Understanding understanding) {
		Conversation conversation = get(conversationId);
		conversation.applyUnderstanding(understanding, this.clock.instant());
		return conversation;
	}

	@Transactional
	public void changeStatus(String conversationId, ConversationStatus status) {
		get(conversationId).changeStatus(status, this.clock.instant());
	}

	@Transactional
	public void linkTicket(String conversationId, String ticketId) {
		get(conversationId).linkTicket(ticketId, this.clock.instant());
	}

	@Transactional(readOnly = true)
	public Conversation get(String conversationId) {
		return this.conversations.findById(conversationId)
			.orElseThrow(() -> new NotFoundException("No conversation with id " + conversationId));
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

	/** Conversations of one sender, newest first, to answer "where are my tickets". */
	@Transactional(readOnly = true)
	public List<Conversation> ofSender(String senderAddress) {
		return find(null, null, senderAddress, 50);
	}

	private Optional<Conversation> duplicateOf(IncomingMessage incoming) {
		if (incoming.externalId() == null) {
			return Optional.empty();
		}
		return this.messages.findByChannelAndExternalId(incoming.channel(), incoming.externalId())
			.flatMap((message) -> this.conversations.findById(message.getConversationId()));
	}

	private Conversation store(IncomingMessage incoming) {
		Instant now = this.clock.instant();
		Conversation conversation = this.conversations.save(new Conversation(incoming.channel(),
				incoming.senderAddress().strip(), blankToNull(incoming.senderName()), blankToNull(incoming.subject()),
				blankToNull(incoming.thread()), now));
		this.messages.saveAndFlush(new Message(conversation.getId(), Direction.IN, incoming.channel(),
				blankToNull(incoming.externalId()), incoming.text(), blankToNull(incoming.originalText()), now));
		return conversation;
	}

	private void startProcess(Conversation conversation) {
		ProcessInstance instance = this.runtimeService.createProcessInstanceByKey(KEY)
			.businessKey(conversation.getId())
			.setVariable(CONVERSATION_ID, conversation.getId())
			.execute();
		conversation.linkProcess(instance.getId());
	}

	private void validate(IncomingMessage incoming) {
		if (incoming.channel() == null) {
			throw new InvalidRequestException("channel is required; expected one of " + List.of(Channel.values()));
		}
		if (incoming.senderAddress() == null || incoming.senderAddress().isBlank()) {
			throw new InvalidRequestException("sender.address is required");
		}
		checkLength("sender.address", incoming.senderAddress(), MAX_ADDRESS);
		checkLength("sender.name", incoming.senderName(), MAX_NAME);
		checkLength("subject", incoming.subject(), MAX_SUBJECT);
		checkLength("externalId", incoming.externalId(), MAX_EXTERNAL_ID);
		checkLength("thread", incoming.thread(), MAX_EXTERNAL_ID);
		validateText(incoming.text());
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

	private static void checkLength(String field, String value, int max) {
		if (value != null && value.length() > max) {
			throw new InvalidRequestException("%s is longer than %d characters".formatted(field, max));
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
