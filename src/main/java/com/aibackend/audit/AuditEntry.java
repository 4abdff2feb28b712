package com.aibackend.audit;

import java.time.Instant;
import java.util.UUID;

import com.aibackend.shared.Audited;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One stored change: who, what, when. Never updated. */
@Entity
@Table(name = "audit_entry")
class AuditEntry {

	@Id
	private String id;

	private Instant at;

	private String actor;

	private String entityType;

	private String entityId;

	private String action;

	private String detail;

	protected AuditEntry() {
	}

	AuditEntry(Audited event) {
		this.id = UUID.randomUUID().toString();
		this.at = event.at();
		this.actor = event.actor();
		this.entityType = event.entityType();
		this.entityId = event.entityId();
		this.action = event.action();
		this.detail = (event.detail() != null && event.detail().length() > 1000) ? event.detail().substring(0, 1000)
				: event.detail();
	}

	Instant getAt() {
		return this.at;
	}

	String getActor() {
		return this.actor;
	}

	String getEntityType() {
		return this.entityType;
	}

	String getEntityId() {
		return this.entityId;
	}

	String getAction() {
		return this.action;
	}

	String getDetail() {
		return this.detail;
	}

}
