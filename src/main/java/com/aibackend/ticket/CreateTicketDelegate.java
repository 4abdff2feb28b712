package com.aibackend.ticket;

import static com.aibackend.shared.TicketIntakeProcess.DECISION_CONSULTANT_ASSIGNMENT;
import static com.aibackend.shared.TicketIntakeProcess.Var.ASSIGNMENT_CANDIDATES;
import static com.aibackend.shared.TicketIntakeProcess.Var.ASSIGNMENT_POOL;
import static com.aibackend.shared.TicketIntakeProcess.Var.ASSIGNMENT_RULE;
import static com.aibackend.shared.TicketIntakeProcess.Var.ASSIGNMENT_STRATEGY;
import static com.aibackend.shared.TicketIntakeProcess.Var.CONSULTANT;
import static com.aibackend.shared.TicketIntakeProcess.Var.CONVERSATION_ID;
import static com.aibackend.shared.TicketIntakeProcess.Var.PAYLOAD_ID;
import static com.aibackend.shared.TicketIntakeProcess.Var.TICKET_ID;

import java.util.Arrays;
import java.util.List;

import com.aibackend.assignment.Assignment;
import com.aibackend.assignment.AssignmentStrategy;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** Creates the ticket from the payload for the assigned consultant. */
@Component("createTicketDelegate")
class CreateTicketDelegate implements JavaDelegate {

	private final TicketService tickets;

	CreateTicketDelegate(TicketService tickets) {
		this.tickets = tickets;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String candidates = (String) execution.getVariable(ASSIGNMENT_CANDIDATES);
		List<String> pool = (candidates == null || candidates.isBlank()) ? List.of()
				: Arrays.asList(candidates.split(","));
		Assignment assignment = new Assignment((String) execution.getVariable(CONSULTANT),
				AssignmentStrategy.valueOf((String) execution.getVariable(ASSIGNMENT_STRATEGY)),
				DECISION_CONSULTANT_ASSIGNMENT, (String) execution.getVariable(ASSIGNMENT_RULE),
				(String) execution.getVariable(ASSIGNMENT_POOL), pool);
		Ticket ticket = this.tickets.create((String) execution.getVariable(CONVERSATION_ID),
				(String) execution.getVariable(PAYLOAD_ID), execution.getProcessInstanceId(), assignment);
		execution.setVariable(TICKET_ID, ticket.getReference());
	}

}
