package com.aibackend.assignment;

import static com.aibackend.process.TicketIntakeProcess.BOUNDARY_FIRST_RESPONSE_DUE;
import static com.aibackend.process.TicketIntakeProcess.TASK_HANDLE_ESCALATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import com.aibackend.AiBackendApplication;
import com.aibackend.assignment.consultants.Consultants.ProfileChange;
import com.aibackend.identity.Roles;
import com.aibackend.ticket.Editor;
import com.aibackend.ticket.Ticket;
import com.aibackend.ticket.TicketReplies;
import com.aibackend.ticket.TicketStatus;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The strategies over real consultants: who is away, out of office or full is passed
 * over; when nobody can take a ticket it waits in the pool's queue and is handed out
 * oldest first; a STATIC rule falls back to its pool; a missed first response is
 * escalated once.
 */
class AssignmentBehaviourTest extends AssignmentScenarios {

	@Test
	void roundRobinPassesOverWhoIsAwayOrOutOfOffice() {
		this.consultants.update("alice@example.com", new ProfileChange(true, null, null, null, null, null), "admin",
				ADMIN);
		Instant now = Instant.now();
		this.consultants.update("bob@example.com",
				new ProfileChange(null, now.minus(1, ChronoUnit.HOURS), now.plus(2, ChronoUnit.DAYS), null, null, null),
				"admin", ADMIN);

		for (int i = 0; i < 3; i++) {
			assertThat(network().getConsultant()).isEqualTo("carol@example.com");
		}
		assertThat(this.consultants.get("bob@example.com").unavailable()).startsWith("out of office until");
		assertThat(this.consultants.get("carol@example.com").openTickets()).isEqualTo(3);
	}

	@Test
	void whenEveryoneIsFullTicketsQueueAndAreHandedOutOldestFirst() {
		for (String member : NETWORK_TEAM) {
			this.consultants.update(member, new ProfileChange(null, null, null, 1, null, null), "admin", ADMIN);
		}
		List<Ticket> first = List.of(network(), network(), network());
		assertThat(first).extracting(Ticket::getConsultant).containsExactlyInAnyOrderElementsOf(NETWORK_TEAM);

		Ticket waitingFirst = network();
		Ticket waitingSecond = network();
		assertThat(List.of(waitingFirst, waitingSecond)).allSatisfy((ticket) -> {
			assertThat(ticket.getStatus()).isEqualTo(TicketStatus.UNASSIGNED);
			assertThat(ticket.getConsultant()).isNull();
		});
		Task queued = workTask(waitingFirst);
		assertThat(queued.getAssignee()).isNull();
		assertThat(this.engine.getTaskService().getIdentityLinksForTask(queued.getId()))
			.anySatisfy((link) -> assertThat(link.getGroupId()).isEqualTo("network-team"));
		assertThat(this.ticketQueries.find(TicketStatus.UNASSIGNED, null, null, 100)).extracting(Ticket::getReference)
			.contains(waitingFirst.getReference(), waitingSecond.getReference());
		assertThat(unassignedQueueAs("bob@example.com", "network-team")).extracting(Task::getId)
			.containsExactly(queued.getId(), workTask(waitingSecond).getId());
		assertThat(unassignedQueueAs("dave@example.com", "billing-team")).isEmpty();

		// Closing a ticket frees its consultant: the oldest waiting ticket goes to them.
		Ticket closed = first.get(1);
		this.tickets.changeStatus(closed.getReference(), TicketStatus.CLOSED, "done", agent());
		Ticket handedOut = this.ticketQueries.get(waitingFirst.getReference());
		assertThat(handedOut.getStatus()).isEqualTo(TicketStatus.NEW);
		assertThat(handedOut.getConsultant()).isEqualTo(closed.getConsultant());
		assertThat(workTask(handedOut).getAssignee()).isEqualTo(closed.getConsultant());
		assertThat(this.ticketQueries.get(waitingSecond.getReference()).getStatus()).isEqualTo(TicketStatus.UNASSIGNED);

		// Raising a capacity hands out the next one.
		this.consultants.update("alice@example.com", new ProfileChange(null, null, null, 2, null, null), "admin",
				ADMIN);
		assertThat(this.ticketQueries.get(waitingSecond.getReference()).getConsultant()).isEqualTo("alice@example.com");
		assertThat(this.consultants.list()).allSatisfy(
				(consultant) -> assertThat(consultant.openTickets()).isLessThanOrEqualTo(consultant.capacity()));

		// A pool member may take a waiting ticket themselves.
		Ticket waiting = network();
		assertThat(waiting.getStatus()).isEqualTo(TicketStatus.UNASSIGNED);
		this.tickets.changeStatus(waiting.getReference(), TicketStatus.IN_PROGRESS, null,
				new Editor("carol@example.com", Set.of(Roles.CONSULTANTS, "network-team")));
		Ticket taken = this.ticketQueries.get(waiting.getReference());
		assertThat(taken.getConsultant()).isEqualTo("carol@example.com");
		assertThat(taken.getStatus()).isEqualTo(TicketStatus.IN_PROGRESS);
		assertThat(workTask(taken).getAssignee()).isEqualTo("carol@example.com");
	}

	/**
	 * Capacity freed while no node was running: the next start hands the queue out,
	 * oldest first. The second application stands for the restarted node on the same
	 * database.
	 */
	@Test
	void aRestartHandsOutTheQueueOldestFirst() {
		for (String member : NETWORK_TEAM) {
			this.consultants.update(member, new ProfileChange(null, null, null, 0, null, null), "admin", ADMIN);
		}
		List<Ticket> waiting = List.of(network(), network(), network());
		assertThat(waiting).allSatisfy((ticket) -> assertThat(ticket.getStatus()).isEqualTo(TicketStatus.UNASSIGNED));
		// Capacity for exactly two tickets, written straight to the table as if while
		// the application was down (no event).
		this.database.update("update consultant_profile set capacity = 2 where user_id = 'bob@example.com'");

		try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(AiBackendApplication.class)
			.run(sameDatabase("--server.port=0", "--camunda.bpm.job-execution.enabled=false",
					"--camunda.bpm.generate-unique-process-engine-name=true"))) {
			assertThat(this.ticketQueries.get(waiting.get(0).getReference()).getConsultant())
				.isEqualTo("bob@example.com");
			assertThat(this.ticketQueries.get(waiting.get(1).getReference()).getConsultant())
				.isEqualTo("bob@example.com");
			assertThat(this.ticketQueries.get(waiting.get(2).getReference()).getStatus())
				.isEqualTo(TicketStatus.UNASSIGNED);
		}
	}

	@Test
	void aStaticRuleFallsBackToItsPoolWhenTheConsultantIsAway() {
		this.consultants.update("carol@example.com", new ProfileChange(true, null, null, null, null, null), "admin",
				ADMIN);
		Ticket ticket = ticket("My name is Tom Reed. URGENT: my account is locked and I cannot log in at all, "
				+ "nobody in accounting can work.");
		assertThat(ticket.getService()).isEqualTo("ACCOUNT");
		assertThat(ticket.getPriority()).isEqualTo("HIGH");
		assertThat(assignmentOf(ticket).rule()).isEqualTo("Account urgent");
		assertThat(assignmentOf(ticket).strategy().name()).isEqualTo("LEAST_LOADED");
		assertThat(ticket.getConsultant()).isEqualTo("dave@example.com");
	}

	@Test
	void aMissedFirstResponseIsRecordedAndEscalatedOnce() {
		Ticket ticket = network();
		assertThat(ticket.getFirstResponseDue()).isEqualTo(ticket.getCreatedAt().plus(4, ChronoUnit.HOURS));
		Task work = workTask(ticket);
		assertThat(work.getDueDate().toInstant()).isEqualTo(ticket.getResolutionDue().truncatedTo(ChronoUnit.MILLIS));
		assertThat(work.getFollowUpDate().toInstant())
			.isEqualTo(ticket.getFirstResponseDue().truncatedTo(ChronoUnit.MILLIS));

		ProcessInstance instance = instance(ticket);
		this.scenario.runTimer(instance, BOUNDARY_FIRST_RESPONSE_DUE);

		assertThat(this.ticketQueries.get(ticket.getReference()).getFirstResponseBreachedAt()).isNotNull();
		Task escalation = this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(TASK_HANDLE_ESCALATION)
			.singleResult();
		assertThat(escalation.getName()).contains(ticket.getReference());
		assertThat(this.engine.getTaskService().getIdentityLinksForTask(escalation.getId()))
			.anySatisfy((link) -> assertThat(link.getGroupId()).isEqualTo(Roles.ADMINS));

		// Closing the ticket ends the escalation with it.
		this.tickets.changeStatus(ticket.getReference(), TicketStatus.CLOSED, "done", agent());
		assertThat(this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceId(instance.getId())
			.count()).isZero();
	}

	@Test
	void aResponseInTimeIsNoBreach() {
		Ticket ticket = network();
		// Working on it is no response; a reply to the customer is.
		this.tickets.changeStatus(ticket.getReference(), TicketStatus.IN_PROGRESS, null, agent());
		assertThat(this.ticketQueries.get(ticket.getReference()).getFirstRespondedAt()).isNull();
		this.replies.write(ticket.getReference(),
				new TicketReplies.Draft("We are on it: the switch is being replaced.", null, false), null, agent());
		assertThat(this.ticketQueries.get(ticket.getReference()).getFirstRespondedAt()).isNotNull();
		ProcessInstance instance = instance(ticket);
		this.scenario.runTimer(instance, BOUNDARY_FIRST_RESPONSE_DUE);
		assertThat(this.ticketQueries.get(ticket.getReference()).getFirstResponseBreachedAt()).isNull();
		assertThat(this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(TASK_HANDLE_ESCALATION)
			.count()).isZero();
	}

}
