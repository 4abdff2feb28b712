package com.aibackend.shared;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Reads what was submitted for a user task whose form is prefilled through task-local
 * variables. Tasklist's form submission updates those local variables; completing through
 * the Java or REST API sets variables on the task's execution instead. Form keys never
 * share a name with a process variable, so a value on the execution can only come from
 * this completion.
 */
public final class FormSubmission {

	private FormSubmission() {
	}

	public static String value(DelegateTask task, String key) {
		DelegateExecution execution = task.getExecution();
		Object value;
		if (execution.hasVariable(key)) {
			value = execution.getVariable(key);
			execution.removeVariable(key);
		}
		else {
			value = task.getVariableLocal(key);
		}
		return (value != null && !value.toString().isBlank()) ? value.toString().strip() : null;
	}

}
