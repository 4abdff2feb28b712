package com.aibackend.bot;

import static com.aibackend.process.TicketIntakeProcess.Var.CONVERSATION_ID;
import static com.aibackend.process.TicketIntakeProcess.Var.ONLY_THANKS;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Task_ReadComeback: whether the customer who wrote to a closed ticket only thanks
 * (Gateway_OnlyThanks).
 */
@Component("readComebackDelegate")
class ReadComebackDelegate implements JavaDelegate {

	private final Bot bot;

	ReadComebackDelegate(Bot bot) {
		this.bot = bot;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable(ONLY_THANKS, this.bot.onlyThanks((String) execution.getVariable(CONVERSATION_ID)));
	}

}
