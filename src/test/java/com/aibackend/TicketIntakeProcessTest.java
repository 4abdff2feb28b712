package com.aibackend;

import static com.aibackend.process.TicketIntakeProcess.BOUNDARY_CUSTOMER_REPLIED;
import static com.aibackend.process.TicketIntakeProcess.END_TICKET_CLOSED;
import static com.aibackend.process.TicketIntakeProcess.TASK_ACKNOWLEDGE_TRIAGE;
import static com.aibackend.process.TicketIntakeProcess.TASK_CLASSIFY_MESSAGE;
import static com.aibackend.process.TicketIntakeProcess.TASK_COMPLETE_MISSING_INFO;
import static com.aibackend.process.TicketIntakeProcess.TASK_CREATE_PAYLOAD;
import static com.aibackend.process.TicketIntakeProcess.TASK_TRIAGE_MESSAGE;
import static com.aibackend.process.TicketIntakeProcess.TASK_WORK_ON_TICKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.aibackend.assignment.Assignment;
import com.aibackend.assignment.ConsultantAssigner;
import com.aibackend.conversation.Conversation;
import com.aibackend.conversation.ConversationStatus;
import com.aibackend.identity.Roles;
import com.aibackend.intake.Intake;
import com.aibackend.payload.PayloadService;
import com.aibackend.payload.PayloadStatus;
import com.aibackend.ticket.Editor;
import com.aibackend.ticket.Ticket;
import com.aibackend.ticket.TicketService;
import com.aibackend.ticket.TicketStatus;
import com.aibackend.ticket.Tickets;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every path of {@code ticket-intake}, driven step by step against the real services and
 * database.
 */
@ProcessTestConfiguration
class TicketIntakeProcessTest {

	@Autowired
	ConsultantAssigner assignmentRecords;

	static final String COMPLETE_NETWORK_REQUEST = """
			Hello,
			my VPN connection drops every few minutes since yesterday's update and I cannot reach the file server.
			Best regards,
			Jane Doe""";

	@Autowired
	ProcessEngine engine;

	@Autowired
	Intake intake;

	@Autowired
	TicketService tickets;

	@Autowired
	Tickets ticketQueries;

	@Autowired
	PayloadService payloads;

	@Autowired
	MockMvc mvc;

	@Autowired
	Scenario scenario;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@BeforeEach
	void setUp() {
		init(this.engine);
	}

	@Test
	void completeRequestBecomesTicketThatIsWorkedAndClosed() {
		Conversation conversation = this.scenario.receive(Scenario.uniqueSender(), null, COMPLETE_NETWORK_REQUEST);
		ProcessInstance instance = this.scenario.instanceOf(conversation);
		assertThat(instance).isWaitingAt(TASK_CLASSIFY_MESSAGE);

		this.scenario.runJob(instance);
		assertThat(instance).isWaitingAt(TASK_CREATE_PAYLOAD);
		assertThat(this.scenario.understanding(conversation).service()).isEqualTo("NETWORK");

		this.scenario.runJob(instance);
		assertThat(instance).isWaitingAt(TASK_WORK_ON_TICKET);
		Conversation processed = this.scenario.reload(conversation);
		assertThat(processed.getStatus()).isEqualTo(ConversationStatus.PROCESSED);
		Ticket ticket = this.ticketQueries.get(processed.getTicketId());
		assertThat(ticket.getStatus()).isEqualTo(TicketStatus.NEW);
		assertThat(ticket.getRequesterName()).isEqualTo("Jane Doe");
		assertThat(ticket.getTitle()).startsWith("My VPN connection drops every few minutes")
			.hasSizeLessThanOrEqualTo(80);
		assertThat(ticket.getDescription()).startsWith("my VPN connection").doesNotContain("Hello", "Jane Doe");
		assertThat(ticket.getType()).isEqualTo("INCIDENT");
		assertThat(assignmentOf(ticket).rule()).isEqualTo("Network");
		assertThat(ticket.getAssignmentPool()).isEqualTo("network-team");
		assertThat(assignmentOf(ticket).candidates()).containsExactly("alice@example.com", "bob@example.com",
				"carol@example.com");
		assertThat(this.payloads.get(ticket.getPayloadId()).getStatus()).isEqualTo(PayloadStatus.PROCESSED);
		Task work = task(instance);
		assertThat(work).isAssignedTo(ticket.getConsultant());
		// The queue shows number, customer and subject at a glance.
		assertThat(work.getName()).isEqualTo("Work on %s · Jane Doe · %s", ticket.getReference(),
				ticket.getTitle().substring(0, ticket.getTitle().lastIndexOf(' ', 60)) + "…");
		assertThat(this.scenario.outbound(conversation.getId()))
			.anyMatch((text) -> text.contains(ticket.getReference()));

		complete(work, withVariables("ticketStatus", "IN_PROGRESS"));
		assertThat(instance).isWaitingAt(TASK_WORK_ON_TICKET);
		assertThat(this.ticketQueries.get(ticket.getReference()).getStatus()).isEqualTo(TicketStatus.IN_PROGRESS);

		complete(task(instance), withVariables("ticketStatus", "CLOSED", "resolution", "Reinstalled the VPN client"));
		assertThat(instance).isEnded().hasPassed(END_TICKET_CLOSED);
		Ticket closed = this.ticketQueries.get(ticket.getReference());
		assertThat(closed.getStatus()).isEqualTo(TicketStatus.CLOSED);
		assertThat(closed.getClosedAt()).isNotNull();
		assertThat(this.scenario.outbound(conversation.getId()))
			.anyMatch((text) -> text.contains("closed") && text.contains("Reinstalled the VPN client"));
	}

	@Test
	void incompleteRequestAsksTheCustomerAndTheReplyCompletesIt() {
		Conversation conversation = this.scenario.receive(Scenario.uniqueSender(), null, "Hi, it is broken again");
		ProcessInstance instance = this.scenario.instanceOf(conversation);
		this.scenario.runJob(instance);

		assertThat(instance).isWaitingAt(TASK_COMPLETE_MISSING_INFO);
		Conversation waiting = this.scenario.reload(conversation);
		assertThat(waiting.getStatus()).isEqualTo(ConversationStatus.WAITING_FOR_INFO);
		assertThat(this.scenario.understanding(waiting).missingFields()).containsExactly("requesterName", "description",
				"service");
		assertThat(this.scenario.outbound(conversation.getId())).singleElement()
			.satisfies((text) -> assertThat(text).contains("your name", "description", "services"));
		assertThat(candidateGroups(task(instance))).containsExactly("agents");

		this.intake.reply(conversation.getId(),
				"I am Tom Baker. The printer on floor 3 jams on every page since Monday, we already replaced the toner.");
		assertThat(instance).hasPassed(BOUNDARY_CUSTOMER_REPLIED).isWaitingAt(TASK_CLASSIFY_MESSAGE);
		this.scenario.runJob(instance);
		assertThat(instance).isWaitingAt(TASK_CREATE_PAYLOAD);
		this.scenario.runJob(instance);

		assertThat(instance).isWaitingAt(TASK_WORK_ON_TICKET);
		Ticket ticket = this.ticketQueries.get(this.scenario.reload(conversation).getTicketId());
		assertThat(ticket.getService()).isEqualTo("HARDWARE");
		assertThat(ticket.getRequesterName()).isEqualTo("Tom Baker");
		assertThat(assignmentOf(ticket).strategy().name()).isEqualTo("LEAST_LOADED");
		assertThat(assignmentOf(ticket).candidates()).contains(ticket.getConsultant());
	}

	@Test
	void unsureServiceGoesToTriageAndTheAgentsChoiceBecomesTrainingData() throws Exception {
		Conversation conversation = this.scenario.receive(Scenario.uniqueSender(), "Lena Park",
				"Could someone organise catering for the customer workshop on Thursday, lunch for twelve people?");
		ProcessInstance instance = this.scenario.instanceOf(conversation);
		this.scenario.runJob(instance);

		assertThat(instance).hasPassed(TASK_ACKNOWLEDGE_TRIAGE).isWaitingAt(TASK_TRIAGE_MESSAGE);
		assertThat(this.scenario.reload(conversation).getStatus()).isEqualTo(ConversationStatus.IN_TRIAGE);
		Task triage = task(instance);
		assertThat(candidateGroups(triage)).containsExactly("agents");
		// The bot's guess is shown with its confidence but, below its own threshold, not
		// pre-selected; the form says who wrote.
		Map<String, Object> form = this.engine.getTaskService().getVariablesLocal(triage.getId());
		assertThat(form.get("serviceChoice")).isNull();
		assertThat((String) form.get("botGuess")).contains("confidence 0.", "not pre-selected");
		assertThat((String) form.get("customer")).contains("Lena Park", conversation.getSenderAddress());
		// No guess is sent, only word that a person is reading it.
		assertThat(this.scenario.outbound(conversation.getId())).singleElement()
			.asString()
			.startsWith("Thank you, Lena Park. We have received your message");

		complete(triage,
				withVariables("intentChoice", "NEW_REQUEST", "serviceChoice", "HARDWARE", "priorityChoice", "LOW"));
		assertThat(instance).hasPassed(TASK_TRIAGE_MESSAGE).isWaitingAt(TASK_CREATE_PAYLOAD);
		this.scenario.runJob(instance);
		Ticket ticket = this.ticketQueries.get(this.scenario.reload(conversation).getTicketId());
		assertThat(ticket.getService()).isEqualTo("HARDWARE");
		assertThat(ticket.getPriority()).isEqualTo("LOW");

		this.mvc
			.perform(get("/api/triage-decisions/training-data.csv").param("label", "service")
				.with(httpBasic("agent@example.com", "agent123")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"\"Could someone organise catering for the customer workshop on Thursday, lunch for twelve people?\",HARDWARE")));

		// An admin retrains; without a restart, a similar message is routed by itself.
		int before = modelVersion();
		this.mvc.perform(post("/api/bot/retrain").with(httpBasic("agent@example.com", "agent123")))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/bot/retrain").with(httpBasic("admin@example.com", "admin123")))
			.andExpect(status().isAccepted());
		// A fresh context may still be finishing its start-up training: wait for the
		// model
		// that learned from the agent.
		await().atMost(Duration.ofSeconds(30)).until(() -> modelVersion() > before && agentDecisions() >= 1);
		this.mvc.perform(get("/api/bot").with(httpBasic("analyst@example.com", "analyst123")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.agentDecisions").value(greaterThanOrEqualTo(1)))
			.andExpect(jsonPath("$.crossValidatedAccuracy").isNumber())
			.andExpect(jsonPath("$.trainedAt").isString());
		Conversation similar = this.scenario.receive(Scenario.uniqueSender(), "Lena Park",
				"Could you organise catering for our workshop on Friday? Lunch for ten people.");
		ProcessInstance again = this.scenario.instanceOf(similar);
		this.scenario.runJob(again);
		assertThat(again).hasNotPassed(TASK_TRIAGE_MESSAGE).isWaitingAt(TASK_CREATE_PAYLOAD);
		assertThat(this.scenario.understanding(similar).service()).isEqualTo("HARDWARE");
	}

	private int agentDecisions() throws Exception {
		String body = this.mvc.perform(get("/api/bot").with(httpBasic("agent@example.com", "agent123")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return com.jayway.jsonpath.JsonPath.read(body, "$.agentDecisions");
	}

	private int modelVersion() throws Exception {
		String body = this.mvc.perform(get("/api/bot").with(httpBasic("agent@example.com", "agent123")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return com.jayway.jsonpath.JsonPath.read(body, "$.version");
	}

	@Test
	void agentCompletesTheMissingInformationInTasklist() {
		Conversation conversation = this.scenario.receive(Scenario.uniqueSender(), null, "Hi, it is broken again");
		ProcessInstance instance = this.scenario.instanceOf(conversation);
		this.scenario.runJob(instance);
		Task form = task(instance);
		assertThat(this.engine.getTaskService().getVariableLocal(form.getId(), "missingSummary").toString())
			.contains("your name");

		complete(form, withVariables("requesterName", "Maria Lopez", "contact", "+49 30 1234567", "serviceChoice",
				"BILLING", "priorityChoice", "HIGH", "description", "Invoice 2024-118 charges the annual plan twice."));

		assertThat(instance).hasPassed(TASK_COMPLETE_MISSING_INFO).isWaitingAt(TASK_CREATE_PAYLOAD);
		this.scenario.runJob(instance);
		Ticket ticket = this.ticketQueries.get(this.scenario.reload(conversation).getTicketId());
		assertThat(ticket.getService()).isEqualTo("BILLING");
		assertThat(ticket.getPriority()).isEqualTo("HIGH");
		assertThat(ticket.getRequesterName()).isEqualTo("Maria Lopez");
		assertThat(ticket.getConsultant()).isEqualTo("dave@example.com");
		assertThat(assignmentOf(ticket).strategy().name()).isEqualTo("STATIC");
		assertThat(assignmentOf(ticket).rule()).isEqualTo("Billing");
	}

	private static final Editor AGENT = new Editor("agent@example.com", java.util.Set.of(Roles.AGENTS));

	private java.util.List<String> candidateGroups(Task task) {
		return this.engine.getTaskService()
			.getIdentityLinksForTask(task.getId())
			.stream()
			.filter((link) -> "candidate".equals(link.getType()))
			.map(IdentityLink::getGroupId)
			.toList();
	}

	/** The assignment record the ticket refers to. */
	private Assignment assignmentOf(Ticket ticket) {
		return this.assignmentRecords.get(ticket.getAssignmentId());
	}

}
