package com.aibackend.ticket;

import static com.aibackend.process.TicketIntakeProcess.TASK_WORK_ON_TICKET;
import static com.aibackend.process.TicketIntakeProcess.Var.COMPLETED_BY;
import static com.aibackend.process.TicketIntakeProcess.Var.RESOLUTION;
import static com.aibackend.process.TicketIntakeProcess.Var.TICKET_CLOSED;
import static com.aibackend.process.TicketIntakeProcess.Var.TICKET_STATUS;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import org.springframework.stereotype.Component;

/**
 * The ticket's "Work on" task in the engine, the one place the ticket module touches it:
 * find it, give it to someone, show a status, complete it, and bring what it shows up to
 * date.
 */
@Component
class WorkTask {

	private final TaskService taskService;

	private final RuntimeService runtimeService;

	WorkTask(TaskService taskService, RuntimeService runtimeService) {
		this.taskService = taskService;
		this.runtimeService = runtimeService;
	}

	/** The ticket's open task, if its process waits at one. */
	Optional<Task> of(Ticket ticket) {
		if (ticket.getProcessInstanceId() == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(this.taskService.createTaskQuery()
			.processInstanceId(ticket.getProcessInstanceId())
			.taskDefinitionKey(TASK_WORK_ON_TICKET)
			.singleResult());
	}

	/** Gives the task to someone (its assignment listener moves the ticket along). */
	void assign(Ticket ticket, String user) {
		of(ticket).filter((task) -> !Objects.equals(task.getAssignee(), user))
			.ifPresent((task) -> this.taskService.setAssignee(task.getId(), user));
	}

	/** The status the task's form shows. */
	void showStatus(Ticket ticket, TicketStatus status) {
		of(ticket).ifPresent((task) -> this.taskService.setVariableLocal(task.getId(), TICKET_STATUS, status.name()));
	}

	/**
	 * Completes the task as closed by someone outside Tasklist (the API, Teamwork Desk).
	 */
	void completeClosed(Ticket ticket, String completedBy) {
		of(ticket).ifPresent((task) -> {
			Map<String, Object> variables = new HashMap<>();
			variables.put(TICKET_STATUS, TicketStatus.CLOSED.name());
			variables.put(RESOLUTION, ticket.getResolution());
			// The ticket is closed already: the process only needs to know it.
			variables.put(TICKET_CLOSED, true);
			this.taskService.setVariableLocal(task.getId(), COMPLETED_BY, completedBy);
			this.taskService.complete(task.getId(), variables);
		});
	}

	/**
	 * What the task shows: its name and priority, its form's variables, and the process's
	 * variables Tasklist's filters read.
	 */
	void show(Ticket ticket, String name, int priority, Map<String, Object> formVariables,
			Map<String, Object> filterVariables) {
		of(ticket).ifPresent((task) -> {
			if (!name.equals(task.getName()) || priority != task.getPriority()) {
				task.setName(name);
				task.setPriority(priority);
				this.taskService.saveTask(task);
			}
			this.taskService.setVariablesLocal(task.getId(), formVariables);
			this.runtimeService.setVariables(task.getProcessInstanceId(), filterVariables);
		});
	}

	/** Whether the ticket's process carries this value (what a filter would see). */
	boolean processHas(Ticket ticket, String variable, Object value) {
		return ticket.getProcessInstanceId() != null && this.runtimeService.createProcessInstanceQuery()
			.processInstanceId(ticket.getProcessInstanceId())
			.variableValueEquals(variable, value)
			.count() > 0;
	}

}
