package com.aibackend.identity;

import static com.aibackend.process.TicketIntakeProcess.KEY;
import static com.aibackend.process.TicketIntakeProcess.Var.CUSTOMER_NOT_REACHED;
import static com.aibackend.process.TicketIntakeProcess.Var.REOPENED;
import static com.aibackend.process.TicketIntakeProcess.TASK_COMPLETE_MISSING_INFO;
import static com.aibackend.process.TicketIntakeProcess.TASK_HANDLE_ESCALATION;
import static com.aibackend.process.TicketIntakeProcess.TASK_TRIAGE_MESSAGE;
import static com.aibackend.process.TicketIntakeProcess.TASK_WORK_ON_TICKET;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tasklist's filters for this process: "Waiting for info", "Triage", "Customer not
 * reached", "My open tickets", "My tickets", "Unassigned queue", "Overdue first
 * responses", "Reopened" and "All open tickets", readable by every user (what each sees
 * inside still follows their authorisations).
 */
@Component
class TasklistFilters {

	private final FilterService filterService;

	private final TaskService taskService;

	private final AuthorizationService authorizationService;

	TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService) {
		this.filterService = filterService;
		this.taskService = taskService;
		this.authorizationService = authorizationService;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(2)
	void create() {
		create("Waiting for info", -10, "Requests that need information before a ticket can be made",
				this.taskService.createTaskQuery()
					.processDefinitionKey(KEY)
					.taskDefinitionKey(TASK_COMPLETE_MISSING_INFO));
		create("Triage", -8, "Messages the bot could not classify with confidence",
				this.taskService.createTaskQuery().processDefinitionKey(KEY).taskDefinitionKey(TASK_TRIAGE_MESSAGE));
		create("My tickets", -5, "Tickets assigned to me",
				this.taskService.createTaskQuery()
					.processDefinitionKey(KEY)
					.taskDefinitionKey(TASK_WORK_ON_TICKET)
					.taskAssigneeExpression("${currentUser()}"));
		create("My open tickets", -6, "My tickets, most urgent first (priority follows the ticket and its SLA)",
				this.taskService.createTaskQuery()
					.processDefinitionKey(KEY)
					.taskDefinitionKey(TASK_WORK_ON_TICKET)
					.taskAssigneeExpression("${currentUser()}")
					.orderByTaskPriority()
					.desc()
					.orderByDueDate()
					.asc());
		create("Customer not reached", -7, "Tickets whose latest message to the customer could not be delivered",
				this.taskService.createTaskQuery()
					.processDefinitionKey(KEY)
					.taskDefinitionKey(TASK_WORK_ON_TICKET)
					.processVariableValueEquals(CUSTOMER_NOT_REACHED, true));
		create("Reopened", -2, "Tickets the customer reopened after closing",
				this.taskService.createTaskQuery()
					.processDefinitionKey(KEY)
					.taskDefinitionKey(TASK_WORK_ON_TICKET)
					.processVariableValueEquals(REOPENED, true));
		create("Unassigned queue", -4, "Tickets waiting in my pools' queues, oldest first",
				this.taskService.createTaskQuery()
					.processDefinitionKey(KEY)
					.taskDefinitionKey(TASK_WORK_ON_TICKET)
					.taskUnassigned()
					.taskCandidateGroupInExpression("${currentUserGroups()}")
					.orderByTaskCreateTime()
					.asc());
		create("Overdue first responses", -3, "Tickets nobody responded to in time",
				this.taskService.createTaskQuery().processDefinitionKey(KEY).taskDefinitionKey(TASK_HANDLE_ESCALATION));
		create("All open tickets", 0, "Every ticket that is not closed, most urgent first",
				this.taskService.createTaskQuery()
					.processDefinitionKey(KEY)
					.taskDefinitionKey(TASK_WORK_ON_TICKET)
					.orderByTaskPriority()
					.desc()
					.orderByDueDate()
					.asc());
	}

	private void create(String name, int priority, String description, TaskQuery query) {
		if (this.filterService.createFilterQuery().filterName(name).count() > 0) {
			return;
		}
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("priority", priority);
		properties.put("description", description);
		properties.put("refresh", true);
		properties.put("variables", List.of(Map.of("name", "ticketId", "label", "Ticket"),
				Map.of("name", "service", "label", "Service"), Map.of("name", "priority", "label", "Priority")));
		Filter filter = this.filterService.newTaskFilter(name).setProperties(properties).setQuery(query);
		this.filterService.saveFilter(filter);

		Authorization everyone = this.authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
		everyone.setUserId(Authorization.ANY);
		everyone.setResource(Resources.FILTER);
		everyone.setResourceId(filter.getId());
		everyone.addPermission(Permissions.READ);
		this.authorizationService.saveAuthorization(everyone);
	}

}
