package com.aibackend.assignment;

/** How a consultant is chosen; the DMN table picks one per rule. */
public enum AssignmentStrategy {

	/**
	 * The consultant named by the rule; when they cannot take it, the rule's fallback
	 * over its pool.
	 */
	STATIC,
	/** Any available member of the pool, drawn at random. */
	RANDOM,
	/** The pool's members in turn, from a position stored in the database. */
	ROUND_ROBIN,
	/**
	 * The available member with the fewest open tickets; ties go to the one idle longest.
	 */
	LEAST_LOADED

}
