package com.aibackend.qiscus;

import java.util.Optional;

import com.aibackend.conversation.Channel;
import com.aibackend.conversation.Conversation;
import com.aibackend.conversation.Conversations;
import com.aibackend.intake.IncomingMessage;
import com.aibackend.intake.ThreadRule;

import org.springframework.stereotype.Component;

/**
 * A Qiscus room is one thread: a message continues the room's latest conversation.
 */
@Component
class QiscusThreads implements ThreadRule {

	private final Conversations conversations;

	QiscusThreads(Conversations conversations) {
		this.conversations = conversations;
	}

	@Override
	public Channel channel() {
		return Channel.QISCUS;
	}

	@Override
	public Optional<Conversation> conversationOf(IncomingMessage message) {
		return this.conversations.latestInThread(Channel.QISCUS, message.thread())
			.or(() -> this.conversations.waitingFor(Channel.QISCUS, message.senderAddress().strip()));
	}

}
