package com.aibackend.shared;

/** An id in a request names nothing we have: answered with 404. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
