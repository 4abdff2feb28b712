package com.aibackend.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.aibackend.assignment.Assignment;
import com.aibackend.assignment.AssignmentStrategy;
import com.aibackend.conversation.Request;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ticket queries that assignment relies on, on the real schema (Flyway) without the
 * rest of the application: open tickets per consultant, and the queue in order.
 */
@DataJpaTest
class TicketRepositoryTest {

	@Autowired
	TicketRepository tickets;

	@Autowired
	JdbcTemplate database;

	@Test
	void openTicketsCountNewAndInProgressPerConsultant() {
		save("alice@example.com", TicketStatus.NEW);
		save("alice@example.com", TicketStatus.IN_PROGRESS);
		save("alice@example.com", TicketStatus.CLOSED);
		save("bob@example.com", TicketStatus.NEW);
		save("carol@example.com", TicketStatus.NEW);

		Map<String, Long> open = new OpenTicketCounts(this.tickets)
			.openTickets(List.of("alice@example.com", "bob@example.com", "dave@example.com"));

		assertThat(open).containsOnly(Map.entry("alice@example.com", 2L), Map.entry("bob@example.com", 1L));
	}

	@Test
	void theQueueIsOldestFirst() {
		Ticket first = save(null, TicketStatus.UNASSIGNED);
		save("bob@example.com", TicketStatus.NEW);
		Ticket second = save(null, TicketStatus.UNASSIGNED);

		assertThat(this.tickets.findByStatusOrderByIdAsc(TicketStatus.UNASSIGNED)).extracting(Ticket::getId)
			.containsExactly(first.getId(), second.getId());
	}

	private Ticket save(String consultant, TicketStatus status) {
		String conversation = UUID.randomUUID().toString();
		String payload = UUID.randomUUID().toString();
		Instant now = Instant.now();
		this.database.update(
				"insert into conversation (id, channel, sender_address, status, opened_at, created_at, "
						+ "updated_at, version) values (?, 'API', 'x@example.com', 'PROCESSED', ?, ?, ?, 0)",
				conversation, now, now, now);
		this.database.update("insert into payload (id, conversation_id, status, content, created_at) "
				+ "values (?, ?, 'PROCESSED', '{}', ?)", payload, conversation, now);
		Assignment assignment = new Assignment("a", consultant, AssignmentStrategy.ROUND_ROBIN, "consultant-assignment",
				1, "Network", "network-team", List.of(), Map.of(), null, null);
		Ticket ticket = new Ticket(new NewTicket(new Request("VPN drops", "The VPN drops", "NETWORK", "MEDIUM",
				"INCIDENT", "Jane", null, "x@example.com"), conversation, payload, null), assignment, now);
		Ticket saved = this.tickets.saveAndFlush(ticket);
		if (status != saved.getStatus()) {
			this.database.update("update ticket set status = ? where id = ?", status.name(), saved.getId());
		}
		return saved;
	}

}
