package com.aibackend.assignment;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An assignment as stored: the record the ticket is made from. */
@Entity
@Table(name = "assignment")
class AssignmentRecord {

	@Id
	private String id;

	private String decision;

	private int decisionVersion;

	private String ruleName;

	private String strategy;

	private String consultant;

	private String pool;

	private String candidates;

	private String skipped;

	@Column(name = "first_response")
	private String firstResponse;

	private String resolution;

	private Instant decidedAt;

	protected AssignmentRecord() {
	}

	AssignmentRecord(Assignment assignment, Instant now) {
		this.id = UUID.randomUUID().toString();
		this.decision = assignment.decision();
		this.decisionVersion = assignment.version();
		this.ruleName = assignment.rule();
		this.strategy = assignment.strategy().name();
		this.consultant = assignment.consultant();
		this.pool = assignment.pool();
		this.candidates = String.join(",", assignment.candidates());
		this.skipped = assignment.skipped()
			.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=" + entry.getValue())
			.collect(Collectors.joining(";"));
		this.firstResponse = (assignment.firstResponse() != null) ? assignment.firstResponse().toString() : null;
		this.resolution = (assignment.resolution() != null) ? assignment.resolution().toString() : null;
		this.decidedAt = now;
	}

	String getId() {
		return this.id;
	}

	Assignment toAssignment() {
		Map<String, String> skippedMembers = new LinkedHashMap<>();
		if (this.skipped != null && !this.skipped.isBlank()) {
			for (String entry : this.skipped.split(";")) {
				String[] parts = entry.split("=", 2);
				skippedMembers.put(parts[0], (parts.length > 1) ? parts[1] : "");
			}
		}
		List<String> members = (this.candidates == null || this.candidates.isBlank()) ? List.of()
				: Arrays.asList(this.candidates.split(","));
		return new Assignment(this.id, this.consultant, AssignmentStrategy.valueOf(this.strategy), this.decision,
				this.decisionVersion, this.ruleName, this.pool, members, skippedMembers,
				(this.firstResponse != null) ? Duration.parse(this.firstResponse) : null,
				(this.resolution != null) ? Duration.parse(this.resolution) : null);
	}

}
