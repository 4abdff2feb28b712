package com.aibackend.bot;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import com.aibackend.shared.FigureSql;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bot's figures of the insights, from agents' triage decisions: how often agents had
 * to triage, and how often they chose another service than the bot's guess.
 */
@Component
public class TriageFigures {

	private static final String CORRECTED = "sum(case when bot_service is null or bot_service <> service then 1 else 0 end)";

	private final JdbcTemplate sql;

	TriageFigures(JdbcTemplate sql) {
		this.sql = sql;
	}

	/** Conversations opened in the range that an agent triaged. */
	@Transactional(readOnly = true)
	public long triaged(Timestamp start, Timestamp end) {
		Long triaged = this.sql.queryForObject("select count(distinct d.conversation_id) from triage_decision d "
				+ "join conversation c on c.id = d.conversation_id where c.created_at >= ? and c.created_at < ?",
				Long.class, start, end);
		return (triaged != null) ? triaged : 0;
	}

	/** The bot measured by agents' corrections in triage, per service and per day. */
	@Transactional(readOnly = true)
	public BotAccuracy accuracy(Timestamp start, Timestamp end) {
		String day = FigureSql.utcDay("decided_at");
		List<Accuracy> perService = this.sql.query(
				"select coalesce(service, '(none)') as s, count(*), " + CORRECTED
						+ " from triage_decision where decided_at >= ? and decided_at < ? "
						+ "group by coalesce(service, '(none)') order by s",
				(row, i) -> new Accuracy(row.getString(1), row.getLong(2), row.getLong(3),
						accuracy(row.getLong(2), row.getLong(3))),
				start, end);
		List<DayAccuracy> perDay = this.sql.query("select " + day + " as d, count(*), " + CORRECTED
				+ " from triage_decision where decided_at >= ? and decided_at < ? group by " + day + " order by d",
				(row, i) -> new DayAccuracy(row.getObject(1, LocalDate.class), row.getLong(2), row.getLong(3),
						accuracy(row.getLong(2), row.getLong(3))),
				start, end);
		long decisions = perService.stream().mapToLong(Accuracy::decisions).sum();
		long wrong = perService.stream().mapToLong(Accuracy::corrected).sum();
		return new BotAccuracy(decisions, wrong, accuracy(decisions, wrong), perService, perDay);
	}

	private static Double accuracy(long decisions, long corrected) {
		return FigureSql.share(decisions - corrected, decisions);
	}

	/**
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

}
