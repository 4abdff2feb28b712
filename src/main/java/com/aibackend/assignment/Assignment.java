package com.aibackend.assignment;

import java.util.List;

/**
 * Who works on a ticket and why.
 *
 * @param consultant the chosen consultant's user id
 * @param strategy how they were chosen
 * @param decision the DMN decision that chose the strategy
 * @param rule the id of the rule that matched
 * @param pool the candidate group, for RANDOM and ROUND_ROBIN
 * @param candidates the pool's members at the time
 */
public record Assignment(String consultant, AssignmentStrategy strategy, String decision, String rule, String pool,
		List<String> candidates) {

	public Assignment {
		candidates = List.copyOf(candidates);
	}

}
