package com.aibackend.bot;

/**
 * The bot's reading of a conversation.
 *
 * @param intent what the customer wants
 * @param service catalogue id, or {@code null} when no service could be recognised
 * @param priority how urgent
 * @param confidence how sure the bot is, between 0 and 1
 * @param fields what was extracted
 */
public record Classification(Intent intent, String service, Priority priority, double confidence,
		ExtractedFields fields) {

}
