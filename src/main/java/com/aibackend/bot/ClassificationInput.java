package com.aibackend.bot;

import java.util.List;

/**
 * What the bot reads: the customer's messages of the current round, oldest first, and
 * what the channel says about the sender.
 */
public record ClassificationInput(String subject, List<String> texts, String senderName, String senderAddress,
		String language) {

	public ClassificationInput(String subject, List<String> texts, String senderName, String senderAddress) {
		this(subject, texts, senderName, senderAddress, null);
	}

	public ClassificationInput {
		texts = List.copyOf(texts);
	}

}
