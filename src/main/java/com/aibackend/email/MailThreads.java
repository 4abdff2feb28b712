package com.aibackend.email;

import java.util.Optional;

import com.aibackend.conversation.Channel;
import com.aibackend.conversation.Conversation;
import com.aibackend.conversation.Conversations;
import com.aibackend.intake.IncomingMessage;
import com.aibackend.intake.ThreadRule;

import org.springframework.stereotype.Component;

/**
 * An e-mail continues a conversation, in this order of evidence: it answers one of its
 * mails ({@code In-Reply-To}, {@code References}); its subject names the sender's ticket;
 * it has the same subject thread; or its sender has a conversation waiting for
 * information.
 */
@Component
class MailThreads implements ThreadRule {

	private final Conversations conversations;

	MailThreads(Conversations conversations) {
		this.conversations = conversations;
	}

	@Override
	public Channel channel() {
		return Channel.EMAIL;
	}

	@Override
	public Optional<Conversation> conversationOf(IncomingMessage message) {
		String sender = message.senderAddress().strip();
		return this.conversations.ofLatestChannelMessage(Channel.EMAIL, message.references())
			.or(() -> this.conversations.ofTicket(message.ticketReference(), sender))
			.or(() -> this.conversations.latestInThread(Channel.EMAIL, message.thread()))
			.or(() -> this.conversations.waitingFor(Channel.EMAIL, sender));
	}

}
