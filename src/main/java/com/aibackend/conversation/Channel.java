package com.aibackend.conversation;

import java.util.Arrays;
import java.util.Locale;

import com.aibackend.shared.InvalidRequestException;

/** Where a customer message came from and where answers go back to. */
public enum Channel {

	API, EMAIL, WHATSAPP, QISCUS;

	/** Parses a channel name from a request; an unknown name is the client's error. */
	public static Channel parse(String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		try {
			return valueOf(name.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRequestException(
					"Unknown channel '%s'; expected one of %s".formatted(name, Arrays.toString(values())));
		}
	}

}
