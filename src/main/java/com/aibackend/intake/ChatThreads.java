package com.aibackend.intake;

import java.util.Optional;

import com.aibackend.conversation.Channel;
import com.aibackend.conversation.Conversation;
import com.aibackend.conversation.Conversations;

/**
 * The thread rule of a chat channel, where the channel names the thread (a WhatsApp
 * number, a Qiscus room): a message continues the thread's latest conversation, or else
 * the sender's conversation that waits for information.
 */
public class ChatThreads implements ThreadRule {

	private final Channel channel;

	private final Conversations conversations;

	protected ChatThreads(Channel channel, Conversations conversations) {
		this.channel = channel;
		this.conversations = conversations;
	}

	@Override
	public Channel channel() {
		return this.channel;
	}

	@Override
	public Optional<Conversation> conversationOf(IncomingMessage message) {
		return this.conversations.latestInThread(this.channel, message.thread())
			.or(() -> this.conversations.waitingFor(this.channel, message.senderAddress().strip()));
	}

}
