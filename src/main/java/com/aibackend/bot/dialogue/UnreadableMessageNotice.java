package com.aibackend.bot.dialogue;

import java.util.List;
import java.util.Locale;

import com.aibackend.bot.language.CustomerLanguage;
import com.aibackend.conversation.Conversation;
import com.aibackend.conversation.Conversations;
import com.aibackend.intake.UnreadableMessageReceived;
import com.aibackend.outbound.CustomerMessages;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a customer who sent an image, a voice note or a document that only text is read,
 * in their language: the one of their caption, else the one known of them, else their
 * phone number's.
 */
@Component
class UnreadableMessageNotice {

	private final Conversations conversations;

	private final CustomerMessages messages;

	private final CustomerLanguage language;

	UnreadableMessageNotice(Conversations conversations, CustomerMessages messages, CustomerLanguage language) {
		this.conversations = conversations;
		this.messages = messages;
		this.language = language;
	}

	@EventListener
	void received(UnreadableMessageReceived message) {
		Conversation conversation = this.conversations.get(message.conversationId());
		String language = this.language.of(List.of(message.text()), conversation.getSenderAddress(),
				conversation.getLanguage());
		this.messages.enqueueText(conversation.getId(),
				this.messages.text(Locale.forLanguageTag(language), "message.unreadable"));
	}

}
