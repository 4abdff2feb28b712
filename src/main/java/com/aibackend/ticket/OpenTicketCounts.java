package com.aibackend.ticket;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import com.aibackend.assignment.ConsultantLoad;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consultants' open tickets (new or in progress), for capacity and least-loaded
 * assignment.
 */
@Component
class OpenTicketCounts implements ConsultantLoad {

	private final TicketRepository tickets;

	OpenTicketCounts(TicketRepository tickets) {
		this.tickets = tickets;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Long> openTickets(Collection<String> consultants) {
		Map<String, Long> counts = new HashMap<>();
		if (!consultants.isEmpty()) {
			this.tickets.countOpenByConsultant(consultants)
				.forEach((row) -> counts.put((String) row[0], ((Number) row[1]).longValue()));
		}
		return counts;
	}

}
