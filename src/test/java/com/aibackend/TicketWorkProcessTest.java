package com.aibackend;

import static com.aibackend.process.TicketIntakeProcess.END_TICKET_CLOSED;
import static com.aibackend.process.TicketIntakeProcess.TASK_WORK_ON_TICKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import com.aibackend.conversation.Conversation;
import com.aibackend.conversation.ConversationStatus;
import com.aibackend.identity.Roles;
import com.aibackend.process.TicketIntakeProcess;
import com.aibackend.ticket.Editor;
import com.aibackend.ticket.TicketService;
import com.aibackend.ticket.TicketStatus;
import com.aibackend.ticket.Tickets;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * A ticket's work along {@code ticket-intake}: claimed, closed from the API, dismissed in
 * triage; driven step by step against the real services, in the context
 * {@link TicketIntakeProcessTest} uses.
 */
@ProcessTestConfiguration
class TicketWorkProcessTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	TicketService tickets;

	@Autowired
	Tickets ticketQueries;

	@Autowired
	Scenario scenario;

	private static final Editor AGENT = new Editor("agent@example.com", java.util.Set.of(Roles.AGENTS));

	@BeforeEach
	void setUp() {
		init(this.engine);
	}

	@Test
	void claimingAnUnclaimedTicketTaskPutsTheTicketInProgress() {
		Conversation conversation = this.scenario.receive(Scenario.uniqueSender(), null,
				TicketIntakeProcessTest.COMPLETE_NETWORK_REQUEST);
		ProcessInstance instance = this.scenario.instanceOf(conversation);
		this.scenario.runJob(instance);
		this.scenario.runJob(instance);
		Task work = task(instance);
		String reference = this.scenario.reload(conversation).getTicketId();
		assertThat(this.ticketQueries.get(reference).getStatus()).isEqualTo(TicketStatus.NEW);

		this.engine.getTaskService().setAssignee(work.getId(), null);
		assertThat(this.ticketQueries.get(reference).getStatus()).isEqualTo(TicketStatus.NEW);
		this.engine.getTaskService().claim(work.getId(), "bob@example.com");

		assertThat(this.ticketQueries.get(reference).getStatus()).isEqualTo(TicketStatus.IN_PROGRESS);
		assertThat(this.engine.getTaskService().getVariableLocal(work.getId(), "ticketStatus"))
			.isEqualTo("IN_PROGRESS");
	}

	@Test
	void closingFromTheApiCompletesTheTaskAndEndsTheProcess() {
		Conversation conversation = this.scenario.receive(Scenario.uniqueSender(), null,
				TicketIntakeProcessTest.COMPLETE_NETWORK_REQUEST);
		ProcessInstance instance = this.scenario.instanceOf(conversation);
		this.scenario.runJob(instance);
		this.scenario.runJob(instance);
		String reference = this.scenario.reload(conversation).getTicketId();

		this.tickets.changeStatus(reference, TicketStatus.IN_PROGRESS, null, AGENT);
		assertThat(instance).isWaitingAt(TASK_WORK_ON_TICKET);
		this.tickets.changeStatus(reference, TicketStatus.CLOSED, "Router replaced", AGENT);

		assertThat(instance).isEnded().hasPassed(END_TICKET_CLOSED);
		assertThat(this.ticketQueries.get(reference).getResolution()).isEqualTo("Router replaced");
	}

	@Test
	void aTriagedMessageThatIsNoRequestIsDismissedAndNothingIsSent() {
		Conversation conversation = this.scenario.receive(Scenario.uniqueSender(), "Lena Park",
				"Our office plants need watering while the whole team is away next week, who could take care of that?");
		ProcessInstance instance = this.scenario.instanceOf(conversation);
		this.scenario.runJob(instance);
		Task triage = task(instance);
		assertThat(triage.getName()).startsWith("Triage: Lena Park · ");
		// The form offers the catalogue's services.
		assertThat(this.engine.getTaskService().getVariableLocal(triage.getId(), "serviceOptions")).asString()
			.contains("\"value\":\"NETWORK\"", "\"label\":\"Software & Licences\"");

		List<String> before = this.scenario.outbound(conversation.getId());
		complete(triage, withVariables("intentChoice", "DISMISS"));
		assertThat(instance).isEnded().hasPassed(TicketIntakeProcess.END_DISMISSED);
		assertThat(this.scenario.reload(conversation).getStatus()).isEqualTo(ConversationStatus.DISMISSED);
		assertThat(this.scenario.outbound(conversation.getId())).isEqualTo(before);
	}

}
