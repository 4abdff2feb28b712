package com.aibackend.conversation;

/** Where an outbound message stands on its way to the customer. */
public enum MessageState {

	/** Stored; a delivery step will send it (and retry it). */
	PENDING,
	/** The channel accepted it. */
	SENT,
	/** The channel reports it arrived on the customer's device. */
	DELIVERED,
	/** The channel reports the customer read it. */
	READ,
	/**
	 * It could not be sent; an incident in Cockpit says why and lets an operator retry.
	 */
	FAILED;

	/** Channel reports may arrive out of order; a state never moves back. */
	boolean canMoveTo(MessageState next) {
		return next == FAILED || next.ordinal() > ordinal();
	}

}
