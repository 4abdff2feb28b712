package com.aibackend.bot;

import static com.aibackend.process.TicketIntakeProcess.Var.CONVERSATION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Classifies the conversation and exposes intent, service, priority and completeness to
 * the process.
 */
@Component("classifyMessageDelegate")
public class ClassifyMessageDelegate implements JavaDelegate {

	private final Bot bot;

	ClassifyMessageDelegate(Bot bot) {
		this.bot = bot;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ProcessVariables.write(execution, this.bot.understand((String) execution.getVariable(CONVERSATION_ID)));
	}

}
