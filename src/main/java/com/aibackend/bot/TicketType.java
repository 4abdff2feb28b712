package com.aibackend.bot;

/**
 * ITIL-style ticket types: something broke, something is wanted, a recurring cause, a
 * planned change.
 */
public enum TicketType {

	INCIDENT, REQUEST, PROBLEM, CHANGE

}
