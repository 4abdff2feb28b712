package com.aibackend.ticket;

import static com.aibackend.process.TicketIntakeProcess.Var.ESCALATION_GROUP;
import static com.aibackend.process.TicketIntakeProcess.Var.FIRST_RESPONSE_BREACHED;
import static com.aibackend.process.TicketIntakeProcess.Var.TICKET_ID;

import com.aibackend.assignment.AssignmentProperties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * The first-response time has passed: records a breach on the ticket if nobody has
 * responded, and names the group the escalation goes to.
 */
@Component("checkFirstResponseDelegate")
class CheckFirstResponseDelegate implements JavaDelegate {

	private final TicketService tickets;

	private final AssignmentProperties properties;

	CheckFirstResponseDelegate(TicketService tickets, AssignmentProperties properties) {
		this.tickets = tickets;
		this.properties = properties;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable(FIRST_RESPONSE_BREACHED,
				this.tickets.checkFirstResponse((String) execution.getVariable(TICKET_ID)));
		execution.setVariable(ESCALATION_GROUP, this.properties.escalationGroup());
	}

}
