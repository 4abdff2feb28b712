package com.aibackend.intake;

/**
 * A customer sent something the bot cannot read (an image, a voice note, a document),
 * stored as {@code [kind] caption}: the customer is to be told, in their language, that
 * only text is read. Published inside the routing's transaction.
 *
 * @param conversationId the conversation the message was added to
 * @param text the stored text, {@code [image]} with any caption
 */
public record UnreadableMessageReceived(String conversationId, String text) {

}
