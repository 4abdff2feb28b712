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

	public String text(String key, Object... arguments) {
		return this.messageSource.getMessage(key, arguments, Locale.ENGLISH);
	}

	/** Sends the customer the text under {@code key}, recorded as an outbound message. */
	public Message send(String conversationId, String key, Object... arguments) {
		return this.conversations.recordOutbound(conversationId, text(key, arguments));
	}

}
