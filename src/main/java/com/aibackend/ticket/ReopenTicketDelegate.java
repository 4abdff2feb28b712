package com.aibackend.ticket;

import static com.aibackend.process.TicketIntakeProcess.Var.TICKET_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** Task_ReopenTicket: the closed ticket is open again, in this run of the process. */
@Component
class ReopenTicketDelegate implements JavaDelegate {

	private final TicketReopening reopening;

	ReopenTicketDelegate(TicketReopening reopening) {
		this.reopening = reopening;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariables(this.reopening.reopen((String) execution.getVariable(TICKET_ID),
				execution.getProcessInstanceId(), (String) execution.getVariable(REOPENED_BY)));
	}

	/** Who reopened it: an agent through the API, or nobody (the customer wrote). */
	static final String REOPENED_BY = "reopenedBy";

}
