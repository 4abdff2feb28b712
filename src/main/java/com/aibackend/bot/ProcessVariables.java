package com.aibackend.bot;

import static com.aibackend.process.TicketIntakeProcess.Var.INFO_COMPLETE;
import static com.aibackend.process.TicketIntakeProcess.Var.INTENT;
import static com.aibackend.process.TicketIntakeProcess.Var.MISSING_FIELDS;
import static com.aibackend.process.TicketIntakeProcess.Var.NEEDS_TRIAGE;
import static com.aibackend.process.TicketIntakeProcess.Var.PRIORITY;
import static com.aibackend.process.TicketIntakeProcess.Var.SERVICE;

import com.aibackend.bot.extraction.FieldRequirements;
import com.aibackend.conversation.Understanding;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The few values of an understanding that the process routes on. */
public final class ProcessVariables {

	private ProcessVariables() {
	}

	public static void write(VariableScope scope, Understanding understanding) {
		scope.setVariable(INTENT, understanding.intent());
		scope.setVariable(SERVICE, understanding.service());
		scope.setVariable(PRIORITY, understanding.priority());
		scope.setVariable(MISSING_FIELDS, String.join(",", understanding.missingFields()));
		scope.setVariable(INFO_COMPLETE, understanding.complete());
		scope.setVariable(NEEDS_TRIAGE, needsTriage(understanding));
	}

	/**
	 * A request the customer described well but whose service the bot could not tell goes
	 * to an agent; a vague one goes back to the customer first.
	 */
	public static boolean needsTriage(Understanding understanding) {
		return needsTriage(understanding.intent(), understanding.missingFields());
	}

	public static boolean needsTriage(String intent, java.util.List<String> missingFields) {
		return Intent.NEW_REQUEST.name().equals(intent) && missingFields.contains(FieldRequirements.SERVICE)
				&& !missingFields.contains(FieldRequirements.DESCRIPTION);
	}

}
