package com.aibackend.ticket;

/**
 * A ticket was created or changed its status or consultant; published inside the
 * transaction that changed it, so that what follows from it (a Teamwork Desk update) is
 * stored with the change or not at all.
 *
 * @param reference the ticket
 * @param change what changed
 * @param actor who changed it ({@code null} for the process itself)
 * @param commentId for {@code COMMENTED}, the customer's comment
 */
public record TicketChanged(String reference, Change change, String actor, String commentId) {

	public TicketChanged(String reference, Change change, String actor) {
		this(reference, change, actor, null);
	}

	public enum Change {

		CREATED, STATUS, ASSIGNEE,

		/** The customer wrote while the ticket is open. */
		COMMENTED

	}

}
