package com.aibackend.ticket;

import static com.aibackend.process.TicketIntakeProcess.Var.REPLY_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** Task_SendReply: the reply written in the "Work on" form goes to the customer. */
@Component
class SendReplyDelegate implements JavaDelegate {

	private final TicketReplies replies;

	SendReplyDelegate(TicketReplies replies) {
		this.replies = replies;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.replies.sendDrafted((String) execution.getVariable(REPLY_ID));
	}

}
