package com.aibackend.bot;

/** What the customer wants from us. */
public enum Intent {

	NEW_REQUEST, STATUS_INQUIRY, OTHER

}
