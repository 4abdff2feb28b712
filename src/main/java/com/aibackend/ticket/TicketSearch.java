package com.aibackend.ticket;

import java.util.ArrayList;
import java.util.List;

import com.aibackend.shared.Texts;
import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/** The ticket list's filters, and its search over customer, subject and messages. */
final class TicketSearch {

	private static final List<String> TEXT_FIELDS = List.of("requesterName", "company", "contact", "title",
			"description");

	private TicketSearch() {
	}

	/**
	 * @param inMessages conversations with a message containing {@code q}
	 */
	static Specification<Ticket> of(TicketStatus status, String consultant, String service, String q,
			List<String> inMessages) {
		List<Specification<Ticket>> conditions = new ArrayList<>();
		if (q != null && !q.isBlank()) {
			String pattern = Texts.containing(q);
			conditions.add((root, query, cb) -> {
				List<Predicate> any = new ArrayList<>();
				TEXT_FIELDS.forEach((field) -> any.add(cb.like(cb.lower(root.get(field)), pattern, '\\')));
				if (!inMessages.isEmpty()) {
					any.add(root.get("conversationId").in(inMessages));
				}
				return cb.or(any.toArray(Predicate[]::new));
			});
		}
		if (status != null) {
			conditions.add((root, query, cb) -> cb.equal(root.get("status"), status));
		}
		if (consultant != null && !consultant.isBlank()) {
			conditions.add((root, query, cb) -> cb.equal(root.get("consultant"), consultant));
		}
		if (service != null && !service.isBlank()) {
			conditions.add((root, query, cb) -> cb.equal(root.get("service"), service));
		}
		return Specification.allOf(conditions);
	}

}
