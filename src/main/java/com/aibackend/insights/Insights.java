package com.aibackend.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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

	public record DayCount(LocalDate day, String service, long tickets) {
	}

	public record Durations(List<Duration> perService, List<Duration> perConsultant) {
	}

	/** Minutes: median and 90th percentile over {@code tickets}. */
	public record Duration(String key, long tickets, Double medianMinutes, Double p90Minutes) {
	}

	public record SlaBreaches(String service, long tickets, long firstResponseBreaches, long resolutionBreaches) {
	}

	public record Backlog(String pool, String status, long tickets) {
	}

	/**
	 * @param rounds how many tickets needed 0, 1, 2, ... rounds of questions
	 * @param averageRounds rounds per ticket
	 * @param conversations conversations in the range
	 * @param expired of them, those that expired waiting for the customer
	 */
	public record Clarification(List<Rounds> rounds, Double averageRounds, long conversations, long expired,
			Double expiredShare) {
	}

	public record Rounds(int rounds, long tickets) {
	}

	public record Triage(long conversations, long triaged, Double rate) {
	}

	/**
	 * The bot measured by agents' corrections in triage.
	 *
	 * @param decisions triage decisions in the range
	 * @param corrected those where the agent chose another service than the bot's guess
	 * @param accuracy share where the bot's guess stood
	 */
	public record BotAccuracy(long decisions, long corrected, Double accuracy, List<Accuracy> perService,
			List<DayAccuracy> perDay) {
	}

	public record Accuracy(String service, long decisions, long corrected, Double accuracy) {
	}

	public record DayAccuracy(LocalDate day, long decisions, long corrected, Double accuracy) {
	}

	public record Share(String key, long conversations, Double share) {
	}

}
