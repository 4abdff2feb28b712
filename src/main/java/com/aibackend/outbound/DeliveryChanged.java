package com.aibackend.outbound;

import com.aibackend.conversation.MessageState;

/**
 * An answer to a customer moved on: sent, delivered, read or failed for good. Published
 * in the transaction that records it.
 */
public record DeliveryChanged(String conversationId, String messageId, MessageState state) {

}
