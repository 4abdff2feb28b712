package com.aibackend.assignment;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The next turn in a candidate pool; moved on by
 * {@link RoundRobinCursorRepository#advance}.
 */
@Entity
@Table(name = "round_robin_cursor")
class RoundRobinCursor {

	@Id
	private String pool;

	private long nextPosition;

	protected RoundRobinCursor() {
	}

	RoundRobinCursor(String pool) {
		this.pool = pool;
	}

}
