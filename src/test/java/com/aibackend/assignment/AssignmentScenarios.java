package com.aibackend.assignment;

import static com.aibackend.process.TicketIntakeProcess.TASK_WORK_ON_TICKET;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.aibackend.ProcessTestConfiguration;
import com.aibackend.Scenario;
import com.aibackend.assignment.consultants.Consultants;
import com.aibackend.conversation.Conversation;
import com.aibackend.identity.Roles;
import com.aibackend.ticket.Editor;
import com.aibackend.ticket.Ticket;
import com.aibackend.ticket.TicketReplies;
import com.aibackend.ticket.TicketService;
import com.aibackend.ticket.TicketStatus;
import com.aibackend.ticket.Tickets;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Real consultants and their tickets for the assignment tests: who is away, out of office
 * or full; the tickets are closed around each test.
 */
@ProcessTestConfiguration
abstract class AssignmentScenarios {

	@Autowired
	ConsultantAssigner assignmentRecords;

	static final Set<String> ADMIN = Set.of(Roles.ADMINS);

	static final List<String> NETWORK_TEAM = List.of("alice@example.com", "bob@example.com", "carol@example.com");

	@Autowired
	ProcessEngine engine;

	@Autowired
	TicketService tickets;

	@Autowired
	Tickets ticketQueries;

	@Autowired
	Consultants consultants;

	@Autowired
	JdbcTemplate database;

	@Autowired
	Scenario scenario;

	@BeforeEach
	void setUp() {
		closeOpenTickets();
	}

	@AfterEach
	void everybodyBack() {
		closeOpenTickets();
		this.database.update("delete from consultant_profile");
	}

	@Autowired
	TicketReplies replies;

	/** Arguments that start another application on this test's database. */
	protected String[] sameDatabase(String... more) {
		return java.util.stream.Stream
			.concat(java.util.stream.Stream
				.of("--spring.datasource.url=jdbc:h2:mem:process-tests;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000"),
					java.util.stream.Stream.of(more))
			.toArray(String[]::new);
	}

	/** Tasklist's "Unassigned queue" filter as a member of one pool sees it. */
	List<Task> unassignedQueueAs(String user, String pool) {
		String filter = this.engine.getFilterService()
			.createFilterQuery()
			.filterName("Unassigned queue")
			.singleResult()
			.getId();
		this.engine.getIdentityService().setAuthentication(user, List.of(Roles.CONSULTANTS, pool));
		try {
			return this.engine.getFilterService().list(filter);
		}
		finally {
			this.engine.getIdentityService().clearAuthentication();
		}
	}

	Ticket network() {
		return ticket("My name is Jane Doe. My VPN connection drops every few minutes since yesterday's update.");
	}

	Ticket ticket(String text) {
		Conversation conversation = this.scenario.receive(Scenario.uniqueSender(), null, text);
		ProcessInstance instance = this.scenario.instanceOf(conversation);
		this.scenario.runJob(instance);
		this.scenario.runJob(instance);
		return this.ticketQueries.get(this.scenario.reload(conversation).getTicketId());
	}

	ProcessInstance instance(Ticket ticket) {
		return this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceId(ticket.getProcessInstanceId())
			.singleResult();
	}

	Task workTask(Ticket ticket) {
		return this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(ticket.getProcessInstanceId())
			.taskDefinitionKey(TASK_WORK_ON_TICKET)
			.singleResult();
	}

	/** Other tests' open tickets would count against capacity and load. */
	void closeOpenTickets() {
		List<Ticket> open = new ArrayList<>();
		for (TicketStatus status : List.of(TicketStatus.UNASSIGNED, TicketStatus.NEW, TicketStatus.IN_PROGRESS)) {
			open.addAll(this.ticketQueries.find(status, null, null, 1000));
		}
		for (Ticket ticket : open) {
			this.tickets.changeStatus(ticket.getReference(), TicketStatus.CLOSED, "test clean-up", agent());
		}
	}

	static Editor agent() {
		return new Editor("agent@example.com", Set.of(Roles.AGENTS));
	}

	/** The assignment record the ticket refers to. */
	Assignment assignmentOf(Ticket ticket) {
		return this.assignmentRecords.get(ticket.getAssignmentId());
	}

}
