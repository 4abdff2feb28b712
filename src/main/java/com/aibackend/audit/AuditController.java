package com.aibackend.audit;

import java.time.Instant;
import java.util.List;

import com.aibackend.audit.AuditTrail.AuditFilter;
import com.aibackend.audit.AuditTrail.AuditRecord;
import com.aibackend.shared.InvalidRequestException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who changed what and when; for admins and analysts. */
@RestController
@RequestMapping("/api/audit")
class AuditController {

	private final AuditTrail trail;

	AuditController(AuditTrail trail) {
		this.trail = trail;
	}

	/**
	 * @param entity {@code Ticket}, or one of Camunda's entity types such as
	 * {@code User}, {@code Group}, {@code GroupMembership}, {@code Authorization},
	 * {@code Deployment}
	 * @param from inclusive, ISO-8601
	 * @param to exclusive, ISO-8601
	 */
	@GetMapping
	List<AuditRecord> list(@RequestParam(required = false) String entity,
			@RequestParam(required = false) String entityId, @RequestParam(required = false) String user,
			@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
			@RequestParam(defaultValue = "100") int limit) {
		if (from != null && to != null && !from.isBefore(to)) {
			throw new InvalidRequestException("from must be before to");
		}
		return this.trail.find(new AuditFilter(blankToNull(entity), blankToNull(entityId), blankToNull(user), from, to,
				Math.max(1, Math.min(limit, 1000))));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
