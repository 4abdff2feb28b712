package com.aibackend.assignment;

import static com.aibackend.shared.TicketIntakeProcess.DECISION_CONSULTANT_ASSIGNMENT;
import static com.aibackend.shared.TicketIntakeProcess.Var.ASSIGNMENT_CANDIDATES;
import static com.aibackend.shared.TicketIntakeProcess.Var.ASSIGNMENT_DECISION;
import static com.aibackend.shared.TicketIntakeProcess.Var.ASSIGNMENT_POOL;
import static com.aibackend.shared.TicketIntakeProcess.Var.ASSIGNMENT_RULE;
import static com.aibackend.shared.TicketIntakeProcess.Var.ASSIGNMENT_STRATEGY;
import static com.aibackend.shared.TicketIntakeProcess.Var.CONSULTANT;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Applies the strategy chosen by {@code consultant-assignment} and records who was chosen
 * and why.
 */
@Component("assignConsultantDelegate")
class AssignConsultantDelegate implements JavaDelegate {

	private final ConsultantAssigner assigner;

	AssignConsultantDelegate(ConsultantAssigner assigner) {
		this.assigner = assigner;
	}

	@Override
	public void execute(DelegateExecution execution) {
		@SuppressWarnings("unchecked")
		Map<String, Object> result = (Map<String, Object>) execution.getVariable(ASSIGNMENT_DECISION);
		Assignment assignment = this.assigner.assign(
				new AssignmentDecision(DECISION_CONSULTANT_ASSIGNMENT, (String) execution.getVariable(ASSIGNMENT_RULE),
						AssignmentStrategy.valueOf((String) result.get("strategy")), (String) result.get("consultant"),
						(String) result.get("candidateGroup")));
		execution.setVariable(CONSULTANT, assignment.consultant());
		execution.setVariable(ASSIGNMENT_STRATEGY, assignment.strategy().name());
		execution.setVariable(ASSIGNMENT_POOL, assignment.pool());
		execution.setVariable(ASSIGNMENT_CANDIDATES, String.join(",", assignment.candidates()));
		execution.removeVariable(ASSIGNMENT_DECISION);
	}

}
