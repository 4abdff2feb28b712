package com.aibackend.ticket;

import static com.aibackend.process.TicketIntakeProcess.Var.TICKET_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** Task_NotifyTicketCreated: tells the customer their ticket number. */
@Component("notifyTicketCreatedDelegate")
class NotifyTicketCreatedDelegate implements JavaDelegate {

	private final TicketService tickets;

	NotifyTicketCreatedDelegate(TicketService tickets) {
		this.tickets = tickets;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.tickets.notifyCreated((String) execution.getVariable(TICKET_ID));
	}

}
