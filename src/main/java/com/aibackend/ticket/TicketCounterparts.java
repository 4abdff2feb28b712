package com.aibackend.ticket;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a ticket also lives in another help desk (Teamwork Desk), for the ticket's view.
 * The connector that keeps the link implements it; the ticket does not hold its ids.
 */
public interface TicketCounterparts {

	default Optional<Counterpart> of(String reference) {
		return Optional.ofNullable(of(List.of(reference)).get(reference));
	}

	/** The counterparts of these tickets that have one, by reference. */
	Map<String, Counterpart> of(Collection<String> references);

	/** The other system's ticket id and a link to open it there. */
	record Counterpart(long id, String url) {
	}

}
