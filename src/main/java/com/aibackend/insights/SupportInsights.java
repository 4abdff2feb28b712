package com.aibackend.insights;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The support figures, each one SQL query over the application's tables that the database
 * aggregates (indexes by time range, V11), so that the page stays fast with 100,000
 * tickets. Works on H2 and PostgreSQL; only the difference of two timestamps is written
 * per database.
 */
@Service
public class SupportInsights {

	private final JdbcTemplate sql;

	private final Clock clock;

	/** Seconds between two timestamp columns, {@code %1$s} to {@code %2$s}. */
	private final String secondsBetween;

	SupportInsights(JdbcTemplate sql, DataSource dataSource, Clock clock) {
		this.sql = sql;
		this.clock = clock;
		this.secondsBetween = postgres(dataSource) ? "extract(epoch from (%2$s - %1$s))"
				: "datediff('SECOND', %1$s, %2$s)";
	}

	@Transactional(readOnly = true)
	public Insights between(LocalDate from, LocalDate to) {
		Timestamp start = Timestamp.from(from.atStartOfDay(ZoneOffset.UTC).toInstant());
		Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
		Instant now = this.clock.instant();
		return new Insights(from, to, now, perDay("created_at", start, end), perDay("closed_at", start, end),
				durations("first_responded_at", start, end), durations("closed_at", start, end), sla(start, end, now),
				backlog(), clarification(start, end), triage(start, end), botAccuracy(start, end),
				channels(start, end));
	}

	private List<Insights.DayCount> perDay(String column, Timestamp start, Timestamp end) {
		String day = utcDay(column);
		return this.sql.query(
				"select " + day + " as d, service, count(*) from ticket where " + column + " >= ? and " + column
						+ " < ? group by " + day + ", service order by d, service",
				(row, i) -> new Insights.DayCount(row.getObject(1, LocalDate.class), row.getString(2), row.getLong(3)),
				start, end);
	}

	private Insights.Durations durations(String until, Timestamp start, Timestamp end) {
		return new Insights.Durations(durationsBy("service", until, start, end),
				durationsBy("coalesce(consultant, '(unassigned)')", until, start, end));
	}

	private List<Insights.Duration> durationsBy(String key, String until, Timestamp start, Timestamp end) {
		String seconds = this.secondsBetween.formatted("created_at", until);
		return this.sql.query(
				"select " + key + " as k, count(*), percentile_cont(0.5) within group (order by " + seconds
						+ "), percentile_cont(0.9) within group (order by " + seconds + ") from ticket "
						+ "where created_at >= ? and created_at < ? and " + until + " is not null group by " + key
						+ " order by k",
				(row, i) -> new Insights.Duration(row.getString(1), row.getLong(2), minutes(row.getObject(3)),
						minutes(row.getObject(4))),
				start, end);
	}

	private List<Insights.SlaBreaches> sla(Timestamp start, Timestamp end, Instant now) {
		return this.sql.query("select service, count(*), "
				+ "sum(case when first_response_breached_at is not null then 1 else 0 end), "
				+ "sum(case when resolution_due is not null and ((closed_at is not null and closed_at > resolution_due) "
				+ "or (closed_at is null and resolution_due < ?)) then 1 else 0 end) "
				+ "from ticket where created_at >= ? and created_at < ? group by service order by service",
				(row, i) -> new Insights.SlaBreaches(row.getString(1), row.getLong(2), row.getLong(3), row.getLong(4)),
				Timestamp.from(now), start, end);
	}

	private List<Insights.Backlog> backlog() {
		return this.sql.query("select coalesce(assignment_pool, '(none)') as pool, status, count(*) from ticket "
				+ "where status <> 'CLOSED' group by coalesce(assignment_pool, '(none)'), status order by pool, status",
				(row, i) -> new Insights.Backlog(row.getString(1), row.getString(2), row.getLong(3)));
	}

	private Insights.Clarification clarification(Timestamp start, Timestamp end) {
		// A round of questions: the customer was asked for what the bot found missing (a
		// request that only lacked its service went to triage instead: no round).
		List<Insights.Rounds> rounds = this.sql.query(
				"select rounds, count(*) from (select c.id, count(r.id) as rounds "
						+ "from conversation c left join reading r on r.conversation_id = c.id "
						+ "and r.asked_at is not null "
						+ "where c.ticket_id is not null and c.created_at >= ? and c.created_at < ? group by c.id) t "
						+ "group by rounds order by rounds",
				(row, i) -> new Insights.Rounds(row.getInt(1), row.getLong(2)), start, end);
		long tickets = rounds.stream().mapToLong(Insights.Rounds::tickets).sum();
		long total = rounds.stream().mapToLong((r) -> r.rounds() * r.tickets()).sum();
		long[] counts = this.sql.queryForObject(
				"select count(*), sum(case when status = 'EXPIRED' then 1 else 0 end) from conversation "
						+ "where created_at >= ? and created_at < ?",
				(row, i) -> new long[] { row.getLong(1), row.getLong(2) }, start, end);
		return new Insights.Clarification(rounds, share(total, tickets), counts[0], counts[1],
				share(counts[1], counts[0]));
	}

	private Insights.Triage triage(Timestamp start, Timestamp end) {
		Long conversations = this.sql.queryForObject(
				"select count(*) from conversation where created_at >= ? and created_at < ?", Long.class, start, end);
		Long triaged = this.sql.queryForObject("select count(distinct d.conversation_id) from triage_decision d "
				+ "join conversation c on c.id = d.conversation_id where c.created_at >= ? and c.created_at < ?",
				Long.class, start, end);
		long[] counts = { (conversations != null) ? conversations : 0, (triaged != null) ? triaged : 0 };
		return new Insights.Triage(counts[0], counts[1], share(counts[1], counts[0]));
	}

	private Insights.BotAccuracy botAccuracy(Timestamp start, Timestamp end) {
		String corrected = "sum(case when bot_service is null or bot_service <> service then 1 else 0 end)";
		String day = utcDay("decided_at");
		List<Insights.Accuracy> perService = this.sql.query(
				"select coalesce(service, '(none)') as s, count(*), " + corrected
						+ " from triage_decision where decided_at >= ? and decided_at < ? "
						+ "group by coalesce(service, '(none)') order by s",
				(row, i) -> new Insights.Accuracy(row.getString(1), row.getLong(2), row.getLong(3),
						accuracy(row.getLong(2), row.getLong(3))),
				start, end);
		List<Insights.DayAccuracy> perDay = this.sql.query("select " + day + " as d, count(*), " + corrected
				+ " from triage_decision where decided_at >= ? and decided_at < ? group by " + day + " order by d",
				(row, i) -> new Insights.DayAccuracy(row.getObject(1, LocalDate.class), row.getLong(2), row.getLong(3),
						accuracy(row.getLong(2), row.getLong(3))),
				start, end);
		long decisions = perService.stream().mapToLong(Insights.Accuracy::decisions).sum();
		long wrong = perService.stream().mapToLong(Insights.Accuracy::corrected).sum();
		return new Insights.BotAccuracy(decisions, wrong, accuracy(decisions, wrong), perService, perDay);
	}

	private List<Insights.Share> channels(Timestamp start, Timestamp end) {
		RowMapper<Object[]> rows = (row, i) -> new Object[] { row.getString(1), row.getLong(2) };
		List<Object[]> counts = this.sql.query("select channel, count(*) from conversation where created_at >= ? "
				+ "and created_at < ? group by channel order by channel", rows, start, end);
		long total = counts.stream().mapToLong((c) -> (Long) c[1]).sum();
		return counts.stream()
			.map((c) -> new Insights.Share((String) c[0], (Long) c[1], share((Long) c[1], total)))
			.toList();
	}

	/** The UTC day of a timestamp column. */
	private static String utcDay(String column) {
		return "cast((" + column + " at time zone 'UTC') as date)";
	}

	private static Double minutes(Object seconds) {
		return (seconds instanceof Number number) ? Math.round(number.doubleValue() / 6.0) / 10.0 : null;
	}

	private static Double share(long part, long whole) {
		return (whole == 0) ? null : Math.round(1000.0 * part / whole) / 1000.0;
	}

	private static Double accuracy(long decisions, long corrected) {
		return share(decisions - corrected, decisions);
	}

	private static boolean postgres(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot tell which database this is", ex);
		}
	}

}
