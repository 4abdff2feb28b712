package com.aibackend.teamwork.internal;

import com.aibackend.process.TeamworkSyncProcess;
import com.aibackend.teamwork.ConditionalOnTeamwork;
import com.aibackend.teamwork.TeamworkProperties;
import com.aibackend.ticket.TicketChanged;
import org.camunda.bpm.engine.RuntimeService;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Each change of a ticket starts a {@code teamwork-sync} flow in the transaction that
 * made the change: stored with it, sent after it, retried until Teamwork takes it, and
 * never in the way of intake or the customer's answers.
 */
@Component
@ConditionalOnTeamwork
class TeamworkSyncStarts {

	private final RuntimeService runtime;

	private final TeamworkProperties properties;

	TeamworkSyncStarts(RuntimeService runtime, TeamworkProperties properties) {
		this.runtime = runtime;
		this.properties = properties;
	}

	@EventListener
	void changed(TicketChanged change) {
		if (TeamworkWebhook.ACTOR.equals(change.actor())) {
			// Teamwork made this change: nothing to tell it.
			return;
		}
		this.runtime.createProcessInstanceByKey(TeamworkSyncProcess.KEY)
			.businessKey(change.reference())
			.setVariable(TeamworkSyncProcess.Var.TICKET_ID, change.reference())
			.setVariable(TeamworkSyncProcess.Var.CHANGE, change.change().name())
			.setVariable(TeamworkSyncProcess.Var.RETRY_CYCLE, this.properties.retryCycle())
			.setVariable(TeamworkSyncProcess.Var.COMMENT_ID, change.commentId())
			.execute();
	}

}
