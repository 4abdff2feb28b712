package com.aibackend.bot;

import static com.aibackend.process.TicketIntakeProcess.Var.INFO_COMPLETE;
import static com.aibackend.process.TicketIntakeProcess.Var.INTENT;
import static com.aibackend.process.TicketIntakeProcess.Var.MISSING_FIELDS;
import static com.aibackend.process.TicketIntakeProcess.Var.PRIORITY;
import static com.aibackend.process.TicketIntakeProcess.Var.READING_ID;
import static com.aibackend.process.TicketIntakeProcess.Var.SERVICE;

import com.aibackend.conversation.Reading;
import com.aibackend.conversation.Understanding;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What the process keeps of a reading: a reference to it and the few values its gateways
 * route on (see {@code Gateway_NeedsTriage}, {@code Gateway_Intent},
 * {@code Gateway_InfoComplete}).
 */
public final class ProcessVariables {

	private ProcessVariables() {
	}

	public static void write(VariableScope scope, Reading reading) {
		Understanding understanding = reading.understanding();
		scope.setVariable(READING_ID, reading.getId());
		scope.setVariable(INTENT, understanding.intent());
		scope.setVariable(SERVICE, understanding.service());
		scope.setVariable(PRIORITY, understanding.priority());
		scope.setVariable(MISSING_FIELDS, String.join(",", understanding.missingFields()));
		scope.setVariable(INFO_COMPLETE, understanding.complete());
	}

}
