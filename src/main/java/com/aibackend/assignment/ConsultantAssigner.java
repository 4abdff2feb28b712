package com.aibackend.assignment;

import com.aibackend.assignment.consultants.Consultants;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashMap;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies the strategy the assignment decision chose: every strategy passes over
 * consultants who are away, out of office or at capacity; when nobody can take the
 * ticket, it waits in the pool's queue.
 */
@Service
public class ConsultantAssigner {

	private final IdentityService identityService;

	private final RoundRobinTurns turns;

	private final Consultants consultants;

	private final AssignmentRecordRepository records;

	private final Clock clock;

	private final AssignmentProperties properties;

	ConsultantAssigner(IdentityService identityService, RoundRobinTurns turns, Consultants consultants,
			AssignmentRecordRepository records, Clock clock, AssignmentProperties properties) {
		this.properties = properties;
		this.identityService = identityService;
		this.turns = turns;
		this.consultants = consultants;
		this.records = records;
		this.clock = clock;
	}

	/**
	 * Chooses and stores the assignment. Assignments are serialised until the transaction
	 * ends, so loads and turns are counted one at a time.
	 */
	@Transactional
	public Assignment assign(AssignmentDecision decision) {
		this.turns.holdAll();
		Assignment chosen = choose(decision, true);
		AssignmentRecord record = this.records.save(new AssignmentRecord(chosen, this.clock.instant()));
		if (chosen.consultant() != null) {
			this.consultants.assigned(chosen.consultant(), this.clock.instant());
		}
		return withId(chosen, record.getId());
	}

	/**
	 * What {@link #assign} would do right now, without taking a turn or storing anything.
	 */
	@Transactional(readOnly = true)
	public Assignment preview(AssignmentDecision decision) {
		return choose(decision, false);
	}

	/**
	 * The next consultant for a ticket waiting in a pool's queue, or empty while nobody
	 * in the pool can take it.
	 */
	@Transactional
	public Optional<String> assignWaiting(String pool, AssignmentStrategy strategy) {
		this.turns.holdAll();
		String consultant = fromPool(strategy, pool, new LinkedHashMap<>(), true);
		if (consultant != null) {
			this.consultants.assigned(consultant, this.clock.instant());
		}
		return Optional.ofNullable(consultant);
	}

	/**
	 * Whether the consultant can take a ticket now: not away, not out of office, below
	 * capacity (a reopened ticket goes back to them only then).
	 */
	@Transactional(readOnly = true)
	public boolean canTake(String consultant) {
		return this.consultants.get(consultant).available();
	}

	/** The stored assignments with these ids, by id. */
	@Transactional(readOnly = true)
	public Map<String, Assignment> getAll(Collection<String> ids) {
		Map<String, Assignment> found = new HashMap<>();
		this.records.findAllById(ids).forEach((record) -> found.put(record.getId(), record.toAssignment()));
		return found;
	}

	@Transactional(readOnly = true)
	public Assignment get(String id) {
		return this.records.findById(id)
			.map(AssignmentRecord::toAssignment)
			.orElseThrow(() -> new IllegalStateException("No assignment " + id));
	}

	private Assignment choose(AssignmentDecision decision, boolean take) {
		Map<String, String> skipped = new LinkedHashMap<>();
		List<String> members = (decision.pool() != null) ? members(decision.pool()) : List.of();
		if (decision.strategy() == AssignmentStrategy.STATIC) {
			String consultant = decision.consultant();
			if (consultant == null || this.identityService.createUserQuery().userId(consultant).count() == 0) {
				throw new IllegalStateException("Rule '%s' of %s names consultant '%s', who does not exist"
					.formatted(decision.rule(), decision.decision(), consultant));
			}
			String reason = unavailability(consultant);
			if (reason == null) {
				return assignment(decision, consultant, AssignmentStrategy.STATIC,
						members.isEmpty() ? List.of(consultant) : members, skipped);
			}
			skipped.put(consultant, reason);
			if (decision.fallbackStrategy() == null || decision.pool() == null) {
				return assignment(decision, null, AssignmentStrategy.STATIC, members, skipped);
			}
			String fallback = fromPool(decision.fallbackStrategy(), decision.pool(), skipped, take);
			return assignment(decision, fallback, decision.fallbackStrategy(), members, skipped);
		}
		if (decision.pool() == null) {
			throw new IllegalStateException("Rule '%s' of %s chose %s without a pool".formatted(decision.rule(),
					decision.decision(), decision.strategy()));
		}
		String consultant = fromPool(decision.strategy(), decision.pool(), skipped, take);
		return assignment(decision, consultant, decision.strategy(), members, skipped);
	}

	/** The first member, in the strategy's order, who can take a ticket now. */
	private String fromPool(AssignmentStrategy strategy, String pool, Map<String, String> skipped, boolean take) {
		List<String> members = members(pool);
		if (members.isEmpty()) {
			return null;
		}
		Instant now = this.clock.instant();
		Map<String, Long> open = this.consultants.openTickets(members);
		List<String> order = new ArrayList<>(members);
		switch (strategy) {
			case RANDOM -> Collections.shuffle(order, ThreadLocalRandom.current());
			case ROUND_ROBIN -> {
				long turn = take ? this.turns.next(pool) : this.turns.peek(pool);
				Collections.rotate(order, -(int) (turn % members.size()));
			}
			case LEAST_LOADED -> {
				Map<String, Instant> lastAssigned = this.consultants.lastAssigned(members);
				order.sort(Comparator.comparing((String member) -> open.getOrDefault(member, 0L))
					.thenComparing(lastAssigned::get, Comparator.nullsFirst(Comparator.naturalOrder()))
					.thenComparing(Comparator.naturalOrder()));
			}
			case STATIC -> throw new IllegalStateException("STATIC cannot choose from a pool");
		}
		for (String member : order) {
			String reason = this.consultants.unavailability(member, open.getOrDefault(member, 0L), now);
			if (reason == null) {
				return member;
			}
			skipped.put(member, reason);
		}
		return null;
	}

	private String unavailability(String consultant) {
		return this.consultants.unavailability(consultant,
				this.consultants.openTickets(List.of(consultant)).getOrDefault(consultant, 0L), this.clock.instant());
	}

	private Assignment assignment(AssignmentDecision decision, String consultant, AssignmentStrategy strategy,
			List<String> members, Map<String, String> skipped) {
		return new Assignment(null, consultant, strategy, decision.decision(), decision.version(), decision.rule(),
				decision.pool(), members, skipped,
				(decision.firstResponse() != null) ? decision.firstResponse() : this.properties.defaultFirstResponse(),
				(decision.resolution() != null) ? decision.resolution() : this.properties.defaultResolution());
	}

	private static Assignment withId(Assignment assignment, String id) {
		return new Assignment(id, assignment.consultant(), assignment.strategy(), assignment.decision(),
				assignment.version(), assignment.rule(), assignment.pool(), assignment.candidates(),
				assignment.skipped(), assignment.firstResponse(), assignment.resolution());
	}

	/**
	 * The group's members in a stable order, so turns go round the same way every time.
	 */
	private List<String> members(String pool) {
		return this.identityService.createUserQuery()
			.memberOfGroup(pool)
			.orderByUserId()
			.asc()
			.list()
			.stream()
			.map(User::getId)
			.toList();
	}

}
