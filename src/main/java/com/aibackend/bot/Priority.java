package com.aibackend.bot;

/** How urgent a request is. */
public enum Priority {

	LOW, MEDIUM, HIGH

}
