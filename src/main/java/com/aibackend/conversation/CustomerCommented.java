package com.aibackend.conversation;

import java.time.Instant;

/**
 * A customer wrote again while their ticket is open: the message is a comment on that
 * ticket. Published in the transaction that stores the message.
 */
public record CustomerCommented(String conversationId, String ticketId, String text, Instant at) {

}
