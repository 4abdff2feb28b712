package com.aibackend.outbound;

import java.util.Locale;

import com.aibackend.conversation.Conversation;
import com.aibackend.conversation.Conversations;
import com.aibackend.conversation.Message;
import com.aibackend.outbound.internal.OutboundDelivery;
import com.aibackend.shared.ConflictException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers to customers: a text from the {@code customer-messages} bundle in the
 * customer's language (adding a language means adding a bundle), enqueued once and
 * delivered by the {@code message-delivery} process on the customer's channel.
 */
@Component
public class CustomerMessages {

	private final MessageSource messageSource;

	private final Conversations conversations;

	private final OutboundDelivery delivery;

	CustomerMessages(MessageSource messageSource, Conversations conversations, OutboundDelivery delivery) {
		this.messageSource = messageSource;
		this.conversations = conversations;
		this.delivery = delivery;
	}

	public String text(Locale locale, String key, Object... arguments) {
		return this.messageSource.getMessage(key, arguments, locale);
	}

	/**
	 * The text under {@code key} in {@code locale}, or {@code fallback} if none has it.
	 */
	public String textOr(Locale locale, String key, String fallback) {
		return this.messageSource.getMessage(key, null, fallback, locale);
	}

	/**
	 * The text under {@code key} in the conversation's language (English until one is
	 * known).
	 */
	public String text(Conversation conversation, String key, Object... arguments) {
		return text(localeOf(conversation), key, arguments);
	}

	/**
	 * Enqueues the text under {@code key}, in the customer's language, as an answer of
	 * the conversation; it is delivered after this transaction commits.
	 */
	@Transactional
	public Message enqueue(String conversationId, String key, Object... arguments) {
		return enqueueText(conversationId, text(this.conversations.get(conversationId), key, arguments));
	}

	/**
	 * Enqueues a person's reply, after asking the customer's channel whether it would
	 * take it now.
	 * @throws ConflictException with the channel's reason when it would not
	 */
	@Transactional
	public Message enqueueReply(String conversationId, String text) {
		Conversation conversation = this.conversations.get(conversationId);
		String refusal = this.delivery.refusal(conversation);
		if (refusal != null) {
			throw new ConflictException(refusal);
		}
		return this.delivery.enqueue(conversation, text);
	}

	/** Why a reply to this conversation would be refused now; {@code null} if none. */
	@Transactional(readOnly = true)
	public String refusal(String conversationId) {
		return this.delivery.refusal(this.conversations.get(conversationId));
	}

	/** Enqueues a text written for this customer (a consultant's answer). */
	@Transactional
	public Message enqueueText(String conversationId, String text) {
		return this.delivery.enqueue(this.conversations.get(conversationId), text);
	}

	public static Locale localeOf(Conversation conversation) {
		return (conversation.getLanguage() != null) ? Locale.forLanguageTag(conversation.getLanguage())
				: Locale.ENGLISH;
	}

}
