package com.aibackend.intake;

import java.util.Optional;

import com.aibackend.conversation.Channel;
import com.aibackend.conversation.Conversation;

/**
 * How a channel tells which conversation a message continues: each channel adapter
 * contributes one. A channel without a rule (the REST API, whose clients reply to a
 * conversation by its id) starts a new conversation with every message.
 */
public interface ThreadRule {

	Channel channel();

	/**
	 * The conversation this message belongs to, if any; a closed one is not continued but
	 * replaced by a new one.
	 */
	Optional<Conversation> conversationOf(IncomingMessage message);

}
