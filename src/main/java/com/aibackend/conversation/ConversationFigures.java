package com.aibackend.conversation;

import java.sql.Timestamp;
import java.util.List;

import com.aibackend.shared.FigureSql;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The conversation figures of the insights: clarification rounds, expiry, channels. */
@Component
public class ConversationFigures {

	private final JdbcTemplate sql;

	ConversationFigures(JdbcTemplate sql) {
		this.sql = sql;
	}

	/** Conversations opened in the range. */
	@Transactional(readOnly = true)
	public long opened(Timestamp start, Timestamp end) {
		Long count = this.sql.queryForObject(
				"select count(*) from conversation where created_at >= ? and created_at < ?", Long.class, start, end);
		return (count != null) ? count : 0;
	}

	/**
	 * Rounds of questions before a ticket, and conversations that expired waiting. A
	 * round is a reading whose question was sent (a request that only lacked its service
	 * went to triage instead: no round).
	 */
	@Transactional(readOnly = true)
	public Clarification clarification(Timestamp start, Timestamp end) {
		List<Rounds> rounds = this.sql.query("select rounds, count(*) from (select c.id, count(r.id) as rounds "
				+ "from conversation c left join reading r on r.conversation_id = c.id " + "and r.asked_at is not null "
				+ "where c.ticket_id is not null and c.created_at >= ? and c.created_at < ? group by c.id) t "
				+ "group by rounds order by rounds", (row, i) -> new Rounds(row.getInt(1), row.getLong(2)), start, end);
		long tickets = rounds.stream().mapToLong(Rounds::tickets).sum();
		long total = rounds.stream().mapToLong((r) -> r.rounds() * r.tickets()).sum();
		long[] counts = this.sql.queryForObject(
				"select count(*), sum(case when status = 'EXPIRED' then 1 else 0 end) from conversation "
						+ "where created_at >= ? and created_at < ?",
				(row, i) -> new long[] { row.getLong(1), row.getLong(2) }, start, end);
		return new Clarification(rounds, FigureSql.share(total, tickets), counts[0], counts[1],
				FigureSql.share(counts[1], counts[0]));
	}

	/** Conversations per channel. */
	@Transactional(readOnly = true)
	public List<Share> channels(Timestamp start, Timestamp end) {
		RowMapper<Object[]> rows = (row, i) -> new Object[] { row.getString(1), row.getLong(2) };
		List<Object[]> counts = this.sql.query("select channel, count(*) from conversation where created_at >= ? "
				+ "and created_at < ? group by channel order by channel", rows, start, end);
		long total = counts.stream().mapToLong((c) -> (Long) c[1]).sum();
		return counts.stream()
			.map((c) -> new Share((String) c[0], (Long) c[1], FigureSql.share((Long) c[1], total)))
			.toList();
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

	public record Share(String key, long conversations, Double share) {
	}

}
