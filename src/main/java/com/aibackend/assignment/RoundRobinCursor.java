package com.aibackend.assignment;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The next turn in a candidate pool. */
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

	/** Returns this turn's position and moves on to the next one. */
	long take() {
		return this.nextPosition++;
	}

}
