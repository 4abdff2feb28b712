package com.aibackend.assignment.consultants;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * What the application knows of a consultant beyond Camunda's user: whether they are
 * away, an out-of-office period, how many open tickets they take, which languages they
 * speak.
 */
@Entity
@Table(name = "consultant_profile")
class ConsultantProfile {

	@Id
	private String userId;

	private boolean away;

	private Instant awayFrom;

	private Instant awayUntil;

	private Integer capacity;

	private String languages;

	private Instant lastAssignedAt;

	private Instant updatedAt;

	@Version
	private Long version;

	protected ConsultantProfile() {
	}

	ConsultantProfile(String userId, Instant now) {
		this.userId = userId;
		this.updatedAt = now;
	}

	/** Why the consultant cannot take a ticket now, or {@code null} when they can. */
	String unavailability(Instant now) {
		if (this.away) {
			return "away";
		}
		boolean period = this.awayFrom != null || this.awayUntil != null;
		boolean started = this.awayFrom == null || !now.isBefore(this.awayFrom);
		boolean notOver = this.awayUntil == null || now.isBefore(this.awayUntil);
		if (period && started && notOver) {
			return (this.awayUntil != null) ? "out of office until " + this.awayUntil : "out of office";
		}
		return null;
	}

	void change(boolean away, Instant awayFrom, Instant awayUntil, Integer capacity, String languages, Instant now) {
		this.away = away;
		this.awayFrom = awayFrom;
		this.awayUntil = awayUntil;
		this.capacity = capacity;
		this.languages = languages;
		this.updatedAt = now;
	}

	void assigned(Instant now) {
		this.lastAssignedAt = now;
	}

	String getUserId() {
		return this.userId;
	}

	boolean isAway() {
		return this.away;
	}

	Instant getAwayFrom() {
		return this.awayFrom;
	}

	Instant getAwayUntil() {
		return this.awayUntil;
	}

	Integer getCapacity() {
		return this.capacity;
	}

	String getLanguages() {
		return this.languages;
	}

	Instant getLastAssignedAt() {
		return this.lastAssignedAt;
	}

}
