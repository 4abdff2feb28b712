package com.aibackend.security.production;

import java.util.List;

/** What stops a production start, one line per gap. */
class NotReadyForProductionException extends RuntimeException {

	private final List<String> problems;

	NotReadyForProductionException(List<String> problems) {
		super("Not ready for production: " + String.join(" ", problems));
		this.problems = List.copyOf(problems);
	}

	List<String> problems() {
		return this.problems;
	}

}
