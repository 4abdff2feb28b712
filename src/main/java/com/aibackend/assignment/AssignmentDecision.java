package com.aibackend.assignment;

/**
 * The outcome of the assignment decision table.
 *
 * @param decision the decision's key
 * @param rule the id of the matched rule
 * @param strategy how to choose
 * @param consultant the consultant for STATIC
 * @param candidateGroup the pool for the other strategies
 */
public record AssignmentDecision(String decision, String rule, AssignmentStrategy strategy, String consultant,
		String candidateGroup) {

}
