package com.aibackend.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import com.aibackend.shared.Audited;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.history.UserOperationLogQuery;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail: the application's own changes (tickets' status and assignee), stored
 * in the changing transaction, together with what Camunda's user operation log already
 * records (users, groups, memberships, authorisations, deployments of rules, task and
 * instance operations).
 */
@Service
public class AuditTrail {

	private final AuditRepository entries;

	private final HistoryService historyService;

	AuditTrail(AuditRepository entries, HistoryService historyService) {
		this.entries = entries;
		this.historyService = historyService;
	}

	@EventListener
	void record(Audited event) {
		this.entries.save(new AuditEntry(event));
	}

	/** Newest first, from both sources. */
	@Transactional(readOnly = true)
	List<AuditRecord> find(AuditFilter filter) {
		List<AuditRecord> found = new ArrayList<>();
		this.entries.findAll(ours(filter), PageRequest.of(0, filter.limit(), Sort.by(Sort.Direction.DESC, "at")))
			.forEach((entry) -> found.add(new AuditRecord(entry.getAt(), entry.getActor(), entry.getEntityType(),
					entry.getEntityId(), entry.getAction(), entry.getDetail(), "application")));
		engineLog(filter).listPage(0, filter.limit()).forEach((entry) -> found.add(of(entry)));
		return found.stream().sorted(Comparator.comparing(AuditRecord::at).reversed()).limit(filter.limit()).toList();
	}

	/**
	 * The application's own entries on one entity, oldest first (a ticket's timeline).
	 */
	@Transactional(readOnly = true)
	public List<AuditRecord> ofEntity(String entityType, String entityId) {
		return this.entries.findAll(ours(new AuditFilter(entityType, entityId, null, null, null, 1000)), Sort.by("at"))
			.stream()
			.map((entry) -> new AuditRecord(entry.getAt(), entry.getActor(), entry.getEntityType(), entry.getEntityId(),
					entry.getAction(), entry.getDetail(), "application"))
			.toList();
	}

	private static Specification<AuditEntry> ours(AuditFilter filter) {
		List<Specification<AuditEntry>> conditions = new ArrayList<>();
		if (filter.entity() != null) {
			conditions.add((root, query, cb) -> cb.equal(root.get("entityType"), filter.entity()));
		}
		if (filter.entityId() != null) {
			conditions.add((root, query, cb) -> cb.equal(root.get("entityId"), filter.entityId()));
		}
		if (filter.user() != null) {
			conditions.add((root, query, cb) -> cb.equal(root.get("actor"), filter.user()));
		}
		if (filter.from() != null) {
			conditions.add((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("at"), filter.from()));
		}
		if (filter.to() != null) {
			conditions.add((root, query, cb) -> cb.lessThan(root.get("at"), filter.to()));
		}
		return Specification.allOf(conditions);
	}

	private UserOperationLogQuery engineLog(AuditFilter filter) {
		UserOperationLogQuery query = this.historyService.createUserOperationLogQuery();
		if (filter.entity() != null) {
			query.entityType(filter.entity());
		}
		if (filter.user() != null) {
			query.userId(filter.user());
		}
		if (filter.from() != null) {
			query.afterTimestamp(Date.from(filter.from().minusMillis(1)));
		}
		if (filter.to() != null) {
			query.beforeTimestamp(Date.from(filter.to()));
		}
		return query.orderByTimestamp().desc();
	}

	private static AuditRecord of(UserOperationLogEntry entry) {
		String id = firstNonNull(entry.getTaskId(), entry.getProcessInstanceId(), entry.getDeploymentId(),
				entry.getJobId(), entry.getBatchId());
		String detail = (entry.getProperty() != null)
				? "%s: %s -> %s".formatted(entry.getProperty(), entry.getOrgValue(), entry.getNewValue()) : null;
		return new AuditRecord(entry.getTimestamp().toInstant(), entry.getUserId(), entry.getEntityType(), id,
				entry.getOperationType(), detail, "camunda");
	}

	private static String firstNonNull(String... values) {
		for (String value : values) {
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	record AuditFilter(String entity, String entityId, String user, Instant from, Instant to, int limit) {
	}

	public record AuditRecord(Instant at, String user, String entity, String entityId, String action, String detail,
			String source) {
	}

}
