package com.aibackend.canned;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One canned response in one language. */
@Entity
@Table(name = "canned_response")
class CannedResponse {

	@Id
	private String id;

	private String name;

	private String language;

	private String text;

	private Instant updatedAt;

	private String updatedBy;

	protected CannedResponse() {
	}

	CannedResponse(String name, String language, String text, String updatedBy, Instant now) {
		this.id = UUID.randomUUID().toString();
		this.name = name;
		this.language = language;
		this.text = text;
		this.updatedBy = updatedBy;
		this.updatedAt = now;
	}

	void edit(String text, String updatedBy, Instant now) {
		this.text = text;
		this.updatedBy = updatedBy;
		this.updatedAt = now;
	}

	String getName() {
		return this.name;
	}

	String getLanguage() {
		return this.language;
	}

	String getText() {
		return this.text;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	String getUpdatedBy() {
		return this.updatedBy;
	}

}
