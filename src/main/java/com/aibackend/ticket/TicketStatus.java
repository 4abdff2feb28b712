package com.aibackend.ticket;

import java.util.Set;

/**
 * The ticket lifecycle: New → In Progress → Closed; Unassigned before New while the
 * ticket waits in its pool's queue; Reopened when the customer writes again soon after
 * closing, until someone works on it again.
 */
public enum TicketStatus {

	UNASSIGNED, NEW, IN_PROGRESS, CLOSED, REOPENED;

	/**
	 * Whether a ticket may move from this status to {@code next}; a closed ticket can
	 * only be reopened.
	 */
	boolean canMoveTo(TicketStatus next) {
		return switch (this) {
			case UNASSIGNED -> Set.of(IN_PROGRESS, CLOSED).contains(next);
			case NEW -> Set.of(IN_PROGRESS, CLOSED).contains(next);
			case IN_PROGRESS -> next == CLOSED;
			case CLOSED -> next == REOPENED;
			case REOPENED -> Set.of(IN_PROGRESS, CLOSED).contains(next);
		};
	}

}
