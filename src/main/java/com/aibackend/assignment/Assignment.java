package com.aibackend.assignment;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Who works on a ticket and why: the decision's row and what the strategy did with it.
 *
 * @param id the stored record's id
 * @param consultant the chosen consultant, or {@code null} when nobody could take it and
 * the ticket waits in the pool's queue
 * @param strategy the strategy that chose (a STATIC rule's fallback when it stepped in)
 * @param decision the DMN decision's key
 * @param version its version
 * @param rule the rule's name
 * @param pool the candidate group, if any
 * @param candidates the pool's members at the time
 * @param skipped members passed over, with the reason (away, out of office, at capacity)
 * @param firstResponse time to first response
 * @param resolution time to resolution
 */
public record Assignment(String id, String consultant, AssignmentStrategy strategy, String decision, int version,
		String rule, String pool, List<String> candidates, Map<String, String> skipped, Duration firstResponse,
		Duration resolution) {

	public Assignment {
		candidates = List.copyOf(candidates);
		skipped = Map.copyOf(skipped);
	}

	public boolean unassigned() {
		return this.consultant == null;
	}

}
