package com.aibackend.bot;

/** What the customer wants from us. */
public enum Intent {

	NEW_REQUEST, STATUS_INQUIRY, OTHER,

	/** Thanks, greetings, "it works now": answered politely, no ticket. */
	COURTESY

}
