package com.aibackend.conversation;

import java.util.List;

/**
 * A customer message as it arrives on any channel, before it is stored.
 *
 * @param text what the bot reads (for e-mail: without quoted history and signature noise)
 * @param originalText the message as received when it differs from {@code text}
 * @param externalId the channel's message id; a redelivery with the same id is recognised
 * @param thread the channel's conversation key (WhatsApp number, Qiscus room)
 * @param references channel message ids this message answers (e-mail {@code In-Reply-To}
 * and {@code References})
 * @param ticketReference a ticket the message names in its subject
 * @param unreadable whether the customer sent something the bot cannot read (an image,
 * audio, a location); {@code text} then holds its caption or a placeholder and the
 * customer is told what the bot can read
 */
public record IncomingMessage(Channel channel, String senderAddress, String senderName, String subject, String text,
		String originalText, String externalId, String thread, List<String> references, String ticketReference,
		boolean unreadable) {

	public IncomingMessage {
		references = (references != null) ? List.copyOf(references) : List.of();
	}

	public IncomingMessage(Channel channel, String senderAddress, String senderName, String subject, String text,
			String externalId) {
		this(channel, senderAddress, senderName, subject, text, null, externalId, null, List.of(), null, false);
	}

}
