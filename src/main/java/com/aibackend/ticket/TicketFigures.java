package com.aibackend.ticket;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.aibackend.shared.FigureSql;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ticket figures of the insights, each one query the database aggregates over the
 * ticket table (indexes by time range, V11).
 */
@Component
public class TicketFigures {

	private final JdbcTemplate sql;

	private final FigureSql figures;

	TicketFigures(JdbcTemplate sql, FigureSql figures) {
		this.sql = sql;
		this.figures = figures;
	}

	/** Tickets opened per day and service. */
	@Transactional(readOnly = true)
	public List<DayCount> opened(Timestamp start, Timestamp end) {
		return perDay("created_at", start, end);
	}

	/** Tickets closed per day and service. */
	@Transactional(readOnly = true)
	public List<DayCount> closed(Timestamp start, Timestamp end) {
		return perDay("closed_at", start, end);
	}

	/** From ticket to the consultant's first answer. */
	@Transactional(readOnly = true)
	public Durations firstAnswer(Timestamp start, Timestamp end) {
		return durations("first_responded_at", start, end);
	}

	/** From ticket to closing. */
	@Transactional(readOnly = true)
	public Durations resolution(Timestamp start, Timestamp end) {
		return durations("closed_at", start, end);
	}

	/** First-response and resolution breaches per service. */
	@Transactional(readOnly = true)
	public List<SlaBreaches> sla(Timestamp start, Timestamp end, Instant now) {
		return this.sql.query("select service, count(*), "
				+ "sum(case when first_response_breached_at is not null then 1 else 0 end), "
				+ "sum(case when resolution_due is not null and ((closed_at is not null and closed_at > resolution_due) "
				+ "or (closed_at is null and resolution_due < ?)) then 1 else 0 end) "
				+ "from ticket where created_at >= ? and created_at < ? group by service order by service",
				(row, i) -> new SlaBreaches(row.getString(1), row.getLong(2), row.getLong(3), row.getLong(4)),
				Timestamp.from(now), start, end);
	}

	/** Open tickets per pool and status now. */
	@Transactional(readOnly = true)
	public List<Backlog> backlog() {
		return this.sql.query("select coalesce(assignment_pool, '(none)') as pool, status, count(*) from ticket "
				+ "where status <> 'CLOSED' group by coalesce(assignment_pool, '(none)'), status order by pool, status",
				(row, i) -> new Backlog(row.getString(1), row.getString(2), row.getLong(3)));
	}

	private List<DayCount> perDay(String column, Timestamp start, Timestamp end) {
		String day = FigureSql.utcDay(column);
		return this.sql.query(
				"select " + day + " as d, service, count(*) from ticket where " + column + " >= ? and " + column
						+ " < ? group by " + day + ", service order by d, service",
				(row, i) -> new DayCount(row.getObject(1, LocalDate.class), row.getString(2), row.getLong(3)), start,
				end);
	}

	private Durations durations(String until, Timestamp start, Timestamp end) {
		return new Durations(durationsBy("service", until, start, end),
				durationsBy("coalesce(consultant, '(unassigned)')", until, start, end));
	}

	private List<Duration> durationsBy(String key, String until, Timestamp start, Timestamp end) {
		String seconds = this.figures.secondsBetween("created_at", until);
		return this.sql.query(
				"select " + key + " as k, count(*), percentile_cont(0.5) within group (order by " + seconds
						+ "), percentile_cont(0.9) within group (order by " + seconds + ") from ticket "
						+ "where created_at >= ? and created_at < ? and " + until + " is not null group by " + key
						+ " order by k",
				(row, i) -> new Duration(row.getString(1), row.getLong(2), FigureSql.minutes(row.getObject(3)),
						FigureSql.minutes(row.getObject(4))),
				start, end);
	}

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

}
