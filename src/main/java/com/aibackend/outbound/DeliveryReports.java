package com.aibackend.outbound;

import com.aibackend.conversation.Channel;
import com.aibackend.conversation.MessageState;
import com.aibackend.outbound.internal.OutboundDelivery;

import org.springframework.stereotype.Component;

/** Where channels hand in their delivery reports (delivered, read, failed). */
@Component
public class DeliveryReports {

	private final OutboundDelivery delivery;

	DeliveryReports(OutboundDelivery delivery) {
		this.delivery = delivery;
	}

	/**
	 * A channel's report on one of our messages; reports never move a state back.
	 * @return whether a message with that channel id was found
	 */
	public boolean report(Channel channel, String providerId, MessageState state) {
		return this.delivery.report(channel, providerId, state);
	}

}
