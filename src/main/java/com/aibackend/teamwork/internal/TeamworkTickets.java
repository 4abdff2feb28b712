package com.aibackend.teamwork.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.aibackend.ticket.TicketCounterparts;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Which Teamwork Desk ticket is which of ours ({@code teamwork_ticket}): kept by the
 * connector, shown with the ticket.
 */
@Component
class TeamworkTickets implements TicketCounterparts {

	private final JdbcTemplate sql;

	private final Clock clock;

	TeamworkTickets(JdbcTemplate sql, Clock clock) {
		this.sql = sql;
		this.clock = clock;
	}

	void link(String reference, long teamworkId, String url) {
		this.sql.update(
				"insert into teamwork_ticket (ticket_reference, teamwork_ticket_id, url, linked_at) values (?, ?, ?, ?)",
				reference, teamworkId, url, Timestamp.from(this.clock.instant()));
	}

	Optional<Long> teamworkIdOf(String reference) {
		return of(reference).map(Counterpart::id);
	}

	Optional<String> referenceOf(long teamworkId) {
		return this.sql
			.queryForList("select ticket_reference from teamwork_ticket where teamwork_ticket_id = ?", String.class,
					teamworkId)
			.stream()
			.findFirst();
	}

	@Override
	public Map<String, Counterpart> of(Collection<String> references) {
		Map<String, Counterpart> found = new HashMap<>();
		if (references.isEmpty()) {
			return found;
		}
		List<String> list = List.copyOf(references);
		this.sql.query(
				"select ticket_reference, teamwork_ticket_id, url from teamwork_ticket where ticket_reference in ("
						+ String.join(", ", Collections.nCopies(list.size(), "?")) + ")",
				(RowCallbackHandler) (row) -> found.put(row.getString(1),
						new Counterpart(row.getLong(2), row.getString(3))),
				list.toArray());
		return found;
	}

}
