package com.aibackend.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.aibackend.bot.TriageFigures.BotAccuracy;
import com.aibackend.conversation.ConversationFigures.Clarification;
import com.aibackend.conversation.ConversationFigures.Share;
import com.aibackend.ticket.TicketFigures.Backlog;
import com.aibackend.ticket.TicketFigures.DayCount;
import com.aibackend.ticket.TicketFigures.Durations;
import com.aibackend.ticket.TicketFigures.SlaBreaches;

/**
 * How the support operation is doing over a time range (days in UTC, both ends included).
 *
 * @param opened tickets opened per day and service
 * @param closed tickets closed per day and service
 * @param firstAnswer time from ticket to the consultant's first answer, per service and
 * per consultant
 * @param resolution time from ticket to closing, per service and per consultant
 * @param sla first-response and resolution breaches per service
 * @param backlog open tickets per pool and status now
 * @param clarification rounds of questions before a ticket, and conversations that
 * expired waiting
 * @param triage how often agents had to triage
 * @param botAccuracy how often the agent's service differed from the bot's guess, per
 * service and per day
 * @param channels conversations per channel
 */
public record Insights(LocalDate from, LocalDate to, Instant computedAt, List<DayCount> opened, List<DayCount> closed,
		Durations firstAnswer, Durations resolution, List<SlaBreaches> sla, List<Backlog> backlog,
		Clarification clarification, Triage triage, BotAccuracy botAccuracy, List<Share> channels) {

	/** How often agents had to triage the conversations of the range. */
	public record Triage(long conversations, long triaged, Double rate) {
	}

}
