package com.aibackend.whatsapp;

import java.util.Optional;

import com.aibackend.conversation.Channel;
import com.aibackend.conversation.Conversation;
import com.aibackend.conversation.Conversations;
import com.aibackend.intake.IncomingMessage;
import com.aibackend.intake.ThreadRule;

import org.springframework.stereotype.Component;

/**
 * A WhatsApp chat is one thread per customer number: a message continues the chat's
 * latest conversation.
 */
@Component
class WhatsAppThreads implements ThreadRule {

	private final Conversations conversations;

	WhatsAppThreads(Conversations conversations) {
		this.conversations = conversations;
	}

	@Override
	public Channel channel() {
		return Channel.WHATSAPP;
	}

	@Override
	public Optional<Conversation> conversationOf(IncomingMessage message) {
		return this.conversations.latestInThread(Channel.WHATSAPP, message.thread())
			.or(() -> this.conversations.waitingFor(Channel.WHATSAPP, message.senderAddress().strip()));
	}

}
