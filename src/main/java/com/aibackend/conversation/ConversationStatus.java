package com.aibackend.conversation;

/** Where a conversation stands; shown to API clients and filtered on. */
public enum ConversationStatus {

	/** Stored, classification pending. */
	RECEIVED,
	/** The bot could not tell the service of a clear request; an agent decides. */
	IN_TRIAGE,
	/** A clarification was sent; waiting for the customer or an agent. */
	WAITING_FOR_INFO,
	/** Complete: a payload was created and a ticket is being assigned. */
	READY,
	/**
	 * A ticket exists for it and is open: further customer messages are comments on it.
	 */
	PROCESSED,
	/** Its ticket was closed; the customer's next message starts a new conversation. */
	CLOSED,
	/** Not a new request (status inquiry, other): answered directly. */
	ANSWERED,
	/** The customer never gave the missing information. */
	EXPIRED,
	/**
	 * An agent found in triage that it was no request (a thank-you, spam); nothing sent.
	 */
	DISMISSED

}
