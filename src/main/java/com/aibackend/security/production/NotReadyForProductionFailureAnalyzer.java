package com.aibackend.security.production;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Prints the production checklist's gaps as the start's failure report, instead of a
 * stack trace.
 */
class NotReadyForProductionFailureAnalyzer extends AbstractFailureAnalyzer<NotReadyForProductionException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, NotReadyForProductionException cause) {
		return new FailureAnalysis(
				"The application runs with the 'production' profile but is not ready for production:\n  - "
						+ String.join("\n  - ", cause.problems()),
				"Fix each point above (see \"Production checklist\" in docs/operators.md) and start again.", cause);
	}

}
