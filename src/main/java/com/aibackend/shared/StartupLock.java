package com.aibackend.shared;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Start-up work that creates shared data when it is missing runs under one database row
 * lock, so that nodes of a cluster starting at the same time create each thing once: the
 * second node waits, then finds it there.
 */
@Component
public class StartupLock {

	private final JdbcTemplate sql;

	private final TransactionTemplate transaction;

	StartupLock(JdbcTemplate sql, TransactionTemplate transaction) {
		this.sql = sql;
		this.transaction = transaction;
	}

	/** Runs {@code work} in one transaction that holds the lock until it commits. */
	public void exclusively(Runnable work) {
		this.transaction.executeWithoutResult((status) -> {
			this.sql.queryForObject("select id from startup_lock where id = 1 for update", Integer.class);
			work.run();
		});
	}

}
