package com.aibackend.teamwork.internal;

import com.aibackend.process.TeamworkSyncProcess;
import com.aibackend.teamwork.ConditionalOnTeamwork;
import com.aibackend.ticket.TicketChanged;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Brings the change to Teamwork Desk; when Teamwork asks us to slow down, the flow waits
 * as long as it says and tries again, without using up the step's retries.
 */
@Component("syncWithTeamworkDelegate")
@ConditionalOnTeamwork
class SyncWithTeamworkDelegate implements JavaDelegate {

	private final TeamworkSync sync;

	SyncWithTeamworkDelegate(TeamworkSync sync) {
		this.sync = sync;
	}

	@Override
	public void execute(DelegateExecution execution) {
		try {
			this.sync.apply((String) execution.getVariable(TeamworkSyncProcess.Var.TICKET_ID),
					TicketChanged.Change.valueOf((String) execution.getVariable(TeamworkSyncProcess.Var.CHANGE)),
					(String) execution.getVariable(TeamworkSyncProcess.Var.COMMENT_ID));
		}
		catch (TeamworkClient.RateLimited ex) {
			execution.setVariable(TeamworkSyncProcess.Var.RETRY_AFTER, ex.waitFor().toString());
			throw new BpmnError(TeamworkSyncProcess.ERROR_RATE_LIMITED, ex.getMessage());
		}
	}

}
