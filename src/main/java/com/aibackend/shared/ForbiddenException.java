package com.aibackend.shared;

/**
 * The caller is known but may not do this to this record: answered with 403, nothing
 * changed.
 */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String message) {
		super(message);
	}

}
