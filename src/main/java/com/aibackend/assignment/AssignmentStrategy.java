package com.aibackend.assignment;

/** How a consultant is chosen; the DMN table picks one per service and priority. */
public enum AssignmentStrategy {

	/** The consultant named by the rule. */
	STATIC,
	/** Any member of the candidate group, drawn at random. */
	RANDOM,
	/** The members of the candidate group in turn, fair under concurrency. */
	ROUND_ROBIN

}
