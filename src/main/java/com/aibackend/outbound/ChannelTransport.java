package com.aibackend.outbound;

import com.aibackend.conversation.Channel;

/**
 * Sends messages to customers on one channel. A configured channel registers one as a
 * bean; a channel without one cannot answer.
 */
public interface ChannelTransport {

	Channel channel();

	/**
	 * Sends the message; throws when the channel refused it or could not be reached, so
	 * that the delivery step is retried.
	 * @return the channel's id of the sent message, used to match delivery reports (may
	 * be null)
	 */
	String send(OutboundMessage message);

	/**
	 * Why the channel would refuse this message now (WhatsApp outside its 24-hour window
	 * without a template), asked before a person's reply is accepted; {@code null} when
	 * it can be sent.
	 */
	default String refusal(OutboundMessage message) {
		return null;
	}

}
