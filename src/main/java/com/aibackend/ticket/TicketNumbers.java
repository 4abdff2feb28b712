package com.aibackend.ticket;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A ticket's public reference ({@code TCK-000042}) and its number. */
final class TicketNumbers {

	private static final Pattern REFERENCE = Pattern.compile("(?i)TCK-?(\\d{1,18})");

	private TicketNumbers() {
	}

	/**
	 * Parses {@code TCK-000042} (or the bare number); {@code null} if it is no ticket
	 * reference.
	 */
	static Long numberOf(String reference) {
		Matcher matcher = REFERENCE.matcher(reference.strip());
		if (matcher.matches()) {
			return Long.parseLong(matcher.group(1));
		}
		return reference.strip().matches("\\d{1,18}") ? Long.parseLong(reference.strip()) : null;
	}

	static String referenceOf(Long number) {
		return "TCK-%06d".formatted(number);
	}

}
