package com.aibackend.ticket;

import static com.aibackend.process.TicketIntakeProcess.Var.ASSIGNMENT_GROUPS;
import static com.aibackend.process.TicketIntakeProcess.Var.ASSIGNMENT_ID;
import static com.aibackend.process.TicketIntakeProcess.Var.CONSULTANT;
import static com.aibackend.process.TicketIntakeProcess.Var.FIRST_RESPONSE_DUE;
import static com.aibackend.process.TicketIntakeProcess.Var.PAYLOAD_ID;
import static com.aibackend.process.TicketIntakeProcess.Var.RESOLUTION_DUE;
import static com.aibackend.process.TicketIntakeProcess.Var.TICKET_ID;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Creates the ticket from the payload and the stored assignment, and gives the
 * consultant's task what it needs: assignee (none while it waits in the pool's queue),
 * pool, and SLA dates.
 */
@Component("createTicketDelegate")
class CreateTicketDelegate implements JavaDelegate {

	private final TicketService tickets;

	CreateTicketDelegate(TicketService tickets) {
		this.tickets = tickets;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Ticket ticket = this.tickets.create((String) execution.getVariable(PAYLOAD_ID),
				execution.getProcessInstanceId(), (String) execution.getVariable(ASSIGNMENT_ID));
		execution.setVariable(TICKET_ID, ticket.getReference());
		execution.setVariable(CONSULTANT, ticket.getConsultant());
		execution.setVariable(ASSIGNMENT_GROUPS,
				(ticket.getAssignmentPool() != null) ? List.of(ticket.getAssignmentPool()) : List.of());
		execution.setVariable(FIRST_RESPONSE_DUE, Date.from(ticket.getFirstResponseDue()));
		execution.setVariable(RESOLUTION_DUE, Date.from(ticket.getResolutionDue()));
	}

}
