package com.aibackend.conversation;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Texts sent to customers, from the {@code customer-messages} bundle; adding a language
 * means adding a bundle.
 */
@Component
public class CustomerMessages {

	private final MessageSource messageSource;

	private final ConversationService conversations;

	CustomerMessages(MessageSource messageSource, ConversationService conversations) {
		this.messageSource = messageSource;
		this.conversations = conversations;
	}

	public String text(Locale locale, String key, Object... arguments) {
		return this.messageSource.getMessage(key, arguments, locale);
	}

	/**
	 * The text under {@code key} in the conversation's language (English until one is
	 * known).
	 */
	public String text(Conversation conversation, String key, Object... arguments) {
		return text(localeOf(conversation), key, arguments);
	}

	/**
	 * Queues an answer to the customer: the text under {@code key} in their language,
	 * stored as an outbound message and delivered by the {@code message-delivery} process
	 * (enqueue → deliver → the channel's transport sends).
	 */
	public Message enqueue(String conversationId, String key, Object... arguments) {
		return this.conversations.enqueueAnswer(conversationId,
				text(this.conversations.get(conversationId), key, arguments));
	}

	public static Locale localeOf(Conversation conversation) {
		return (conversation.getLanguage() != null) ? Locale.forLanguageTag(conversation.getLanguage())
				: Locale.ENGLISH;
	}

}
