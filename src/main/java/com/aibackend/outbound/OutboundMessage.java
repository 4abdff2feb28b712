package com.aibackend.outbound;

import java.time.Instant;
import java.util.List;

import com.aibackend.conversation.Channel;

/**
 * Everything a channel needs to send one answer.
 *
 * @param recipient the customer's address on the channel
 * @param thread the channel's conversation key (Qiscus room), if any
 * @param language the customer's language (ISO 639-1), English until known
 * @param lastCustomerMessageAt when the customer last wrote (WhatsApp's 24-hour window)
 * @param threadMessageIds channel ids of the conversation's earlier messages, oldest
 * first (e-mail {@code References})
 * @param replyTo channel id of the customer's latest message (e-mail {@code In-Reply-To})
 */
public record OutboundMessage(String messageId, String conversationId, Channel channel, String recipient,
		String recipientName, String thread, String subject, String ticketId, String language, String text,
		Instant lastCustomerMessageAt, List<String> threadMessageIds, String replyTo) {

}
