package com.aibackend.outbound.internal;

import com.aibackend.process.MessageDeliveryProcess;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;

import org.springframework.stereotype.Component;

/** Task_DeliverMessage: sends one stored answer on the customer's channel. */
@Component
class DeliverMessageDelegate implements JavaDelegate {

	private final OutboundDelivery delivery;

	private final ManagementService managementService;

	DeliverMessageDelegate(OutboundDelivery delivery, ManagementService managementService) {
		this.delivery = delivery;
		this.managementService = managementService;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Job job = this.managementService.createJobQuery().executionId(execution.getId()).singleResult();
		boolean finalAttempt = job != null && job.getRetries() <= 1;
		this.delivery.deliver((String) execution.getVariable(MessageDeliveryProcess.Var.MESSAGE_ID), finalAttempt);
	}

}
