package com.aibackend.assignment;

import static com.aibackend.process.TicketIntakeProcess.DECISION_CONSULTANT_ASSIGNMENT;
import static com.aibackend.process.TicketIntakeProcess.Var.ASSIGNMENT_DECISION;
import static com.aibackend.process.TicketIntakeProcess.Var.ASSIGNMENT_ID;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Applies the strategy chosen by {@code consultant-assignment} and hands the stored
 * assignment on by reference.
 */
@Component("assignConsultantDelegate")
class AssignConsultantDelegate implements JavaDelegate {

	private final ConsultantAssigner assigner;

	private final DecisionVersions versions;

	AssignConsultantDelegate(ConsultantAssigner assigner, DecisionVersions versions) {
		this.assigner = assigner;
		this.versions = versions;
	}

	@Override
	public void execute(DelegateExecution execution) {
		@SuppressWarnings("unchecked")
		Map<String, Object> row = (Map<String, Object>) execution.getVariable(ASSIGNMENT_DECISION);
		int version = this.versions.latest(DECISION_CONSULTANT_ASSIGNMENT);
		Assignment assignment = this.assigner
			.assign(AssignmentDecision.of(DECISION_CONSULTANT_ASSIGNMENT, version, row));
		execution.setVariable(ASSIGNMENT_ID, assignment.id());
		execution.removeVariable(ASSIGNMENT_DECISION);
	}

}
