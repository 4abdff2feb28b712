package com.aibackend.conversation;

/** A customer message as it arrives on any channel, before it is stored. */
public record IncomingMessage(Channel channel, String senderAddress, String senderName, String subject, String text,
		String externalId) {

}
