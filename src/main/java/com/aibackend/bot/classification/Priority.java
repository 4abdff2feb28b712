package com.aibackend.bot.classification;

/** How urgent a request is. */
public enum Priority {

	LOW, MEDIUM, HIGH

}
