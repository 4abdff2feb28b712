package com.aibackend.shared;

/** The request itself is wrong and nothing was written: answered with 400. */
public class InvalidRequestException extends RuntimeException {

	public InvalidRequestException(String message) {
		super(message);
	}

}
