package com.aibackend.metrics;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.aibackend.conversation.Conversations;
import com.aibackend.conversation.MessageState;
import com.aibackend.process.TicketIntakeProcess;
import com.aibackend.ticket.TicketStatus;
import com.aibackend.ticket.Tickets;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Figures that need a query: refreshed on a schedule (every 30 s by default), never per
 * scrape, so that Prometheus scraping costs the database nothing. Each node reports the
 * same database-wide figures.
 */
@Component
class OperationsMetrics {

	private static final Logger log = LoggerFactory.getLogger(OperationsMetrics.class);

	/** The user tasks people work on. */
	private static final List<String> USER_TASKS = List.of(TicketIntakeProcess.TASK_TRIAGE_MESSAGE,
			TicketIntakeProcess.TASK_COMPLETE_MISSING_INFO, TicketIntakeProcess.TASK_WORK_ON_TICKET,
			TicketIntakeProcess.TASK_HANDLE_ESCALATION);

	private final Tickets ticketQueries;

	private final Conversations conversations;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final ManagementService management;

	private final MultiGauge ticketsByStatus;

	private final MultiGauge answersByState;

	private final MultiGauge openTasks;

	private final AtomicLong openIncidents = new AtomicLong();

	private final AtomicLong dueJobs = new AtomicLong();

	private final AtomicLong customersNotReached = new AtomicLong();

	private final AtomicLong failedJobs = new AtomicLong();

	private final AtomicLong jobsAcquired = new AtomicLong();

	private final AtomicLong jobsSucceeded = new AtomicLong();

	private final AtomicLong jobsFailed = new AtomicLong();

	OperationsMetrics(Tickets ticketQueries, Conversations conversations, RuntimeService runtime, TaskService tasks,
			ManagementService management, MeterRegistry meters) {
		this.ticketQueries = ticketQueries;
		this.conversations = conversations;
		this.runtime = runtime;
		this.tasks = tasks;
		this.management = management;
		this.ticketsByStatus = MultiGauge.builder("aibackend.tickets")
			.description("Tickets per status")
			.register(meters);
		this.answersByState = MultiGauge.builder("aibackend.messages.outbound")
			.description("Answers to customers per delivery state")
			.register(meters);
		this.openTasks = MultiGauge.builder("aibackend.tasks.open")
			.description("Open user tasks per task definition")
			.register(meters);
		Gauge.builder("aibackend.incidents.open", this.openIncidents, AtomicLong::get)
			.description("Open incidents in the engine")
			.register(meters);
		Gauge.builder("aibackend.tickets.customer.not.reached", this.customersNotReached, AtomicLong::get)
			.description("Open tickets whose latest message to the customer could not be delivered")
			.register(meters);
		Gauge.builder("aibackend.jobs.due", this.dueJobs, AtomicLong::get)
			.description("Jobs due now and not yet executed: the job executor's backlog")
			.register(meters);
		Gauge.builder("aibackend.jobs.failed", this.failedJobs, AtomicLong::get)
			.description("Jobs whose retries are exhausted (each one an incident)")
			.register(meters);
		// The engine's own counters, written to its database every 15 minutes.
		FunctionCounter.builder("aibackend.jobs.acquired", this.jobsAcquired, AtomicLong::get)
			.description("Jobs the job executors acquired (engine metric, reported every 15 min)")
			.register(meters);
		FunctionCounter.builder("aibackend.jobs.succeeded", this.jobsSucceeded, AtomicLong::get)
			.description("Jobs executed successfully (engine metric, reported every 15 min)")
			.register(meters);
		FunctionCounter.builder("aibackend.jobs.execution.failures", this.jobsFailed, AtomicLong::get)
			.description("Job executions that failed (engine metric, reported every 15 min)")
			.register(meters);
	}

	@Scheduled(fixedDelayString = "${aibackend.metrics.refresh:PT30S}", initialDelayString = "PT5S")
	void refreshOnSchedule() {
		try {
			refresh();
		}
		catch (RuntimeException ex) {
			// The database is unreachable for a moment: the figures keep their last
			// values.
			log.warn("Metrics not refreshed: {}", ex.getMessage());
		}
	}

	void refresh() {
		Map<TicketStatus, Long> byStatus = this.ticketQueries.countByStatus();
		this.ticketsByStatus.register(List.of(TicketStatus.values())
			.stream()
			.map((status) -> MultiGauge.Row.of(Tags.of("status", status.name()), byStatus.getOrDefault(status, 0L)))
			.toList(), true);
		Map<MessageState, Long> byState = this.conversations.outboundByState();
		this.answersByState.register(List.of(MessageState.values())
			.stream()
			.map((state) -> MultiGauge.Row.of(Tags.of("state", state.name()), byState.getOrDefault(state, 0L)))
			.toList(), true);
		this.openTasks.register(USER_TASKS.stream()
			.map((task) -> MultiGauge.Row.of(Tags.of("task", task),
					this.tasks.createTaskQuery().taskDefinitionKey(task).count()))
			.toList(), true);
		this.openIncidents.set(this.runtime.createIncidentQuery().count());
		this.dueJobs.set(this.management.createJobQuery().executable().count());
		this.customersNotReached.set(this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(TicketIntakeProcess.KEY)
			.variableValueEquals(TicketIntakeProcess.Var.CUSTOMER_NOT_REACHED, true)
			.count());
		this.failedJobs.set(this.management.createJobQuery().noRetriesLeft().count());
		this.jobsAcquired.set(this.management.createMetricsQuery().name(Metrics.JOB_ACQUIRED_SUCCESS).sum());
		this.jobsSucceeded.set(this.management.createMetricsQuery().name(Metrics.JOB_SUCCESSFUL).sum());
		this.jobsFailed.set(this.management.createMetricsQuery().name(Metrics.JOB_FAILED).sum());
	}

}
