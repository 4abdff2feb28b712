package com.aibackend.bot.classification;

import com.aibackend.bot.Intent;
import com.aibackend.bot.Priority;
import com.aibackend.bot.TicketType;
import com.aibackend.bot.extraction.ExtractedFields;

/**
 * The bot's reading of a conversation.
 *
 * @param intent what the customer wants
 * @param service catalogue id, or {@code null} when no service could be recognised
 * @param priority how urgent
 * @param type the ticket type, or {@code null} when the bot cannot tell
 * @param confidence how sure the bot is, between 0 and 1
 * @param fields what was extracted
 */
public record Classification(Intent intent, String service, Priority priority, TicketType type, double confidence,
		ExtractedFields fields) {

}
