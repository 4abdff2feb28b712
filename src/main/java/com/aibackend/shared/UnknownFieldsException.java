package com.aibackend.shared;

import java.util.List;

/**
 * A request body named fields the endpoint does not take (a typo must not pass silently).
 */
public class UnknownFieldsException extends RuntimeException {

	public UnknownFieldsException(List<String> fields, List<String> known) {
		super("Unknown field%s %s; this endpoint takes %s".formatted((fields.size() == 1) ? "" : "s",
				String.join(", ", fields), String.join(", ", known)));
	}

}
