package com.aibackend.ticket;

import static com.aibackend.process.TicketIntakeProcess.Var.TICKET_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** Tells the customer their ticket was closed, with the resolution. */
@Component("notifyTicketClosedDelegate")
class NotifyTicketClosedDelegate implements JavaDelegate {

	private final TicketService tickets;

	NotifyTicketClosedDelegate(TicketService tickets) {
		this.tickets = tickets;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.tickets.notifyClosed((String) execution.getVariable(TICKET_ID));
	}

}
