package com.aibackend.insights;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import com.aibackend.bot.TriageFigures;
import com.aibackend.conversation.ConversationFigures;
import com.aibackend.shared.FigureSql;
import com.aibackend.ticket.TicketFigures;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The support figures over a time range, gathered from the modules that own their tables
 * ({@link TicketFigures}, {@link ConversationFigures}, {@link TriageFigures}); each
 * figure is one query the database aggregates, so the page stays fast with 100,000
 * tickets.
 */
@Service
public class SupportInsights {

	private final TicketFigures tickets;

	private final ConversationFigures conversations;

	private final TriageFigures triage;

	private final Clock clock;

	SupportInsights(TicketFigures tickets, ConversationFigures conversations, TriageFigures triage, Clock clock) {
		this.tickets = tickets;
		this.conversations = conversations;
		this.triage = triage;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Insights between(LocalDate from, LocalDate to) {
		Timestamp start = Timestamp.from(from.atStartOfDay(ZoneOffset.UTC).toInstant());
		Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
		Instant now = this.clock.instant();
		long opened = this.conversations.opened(start, end);
		long triaged = this.triage.triaged(start, end);
		return new Insights(from, to, now, this.tickets.opened(start, end), this.tickets.closed(start, end),
				this.tickets.firstAnswer(start, end), this.tickets.resolution(start, end),
				this.tickets.sla(start, end, now), this.tickets.backlog(), this.conversations.clarification(start, end),
				new Insights.Triage(opened, triaged, FigureSql.share(triaged, opened)),
				this.triage.accuracy(start, end), this.conversations.channels(start, end));
	}

}
