package com.aibackend;

import static com.aibackend.process.TicketIntakeProcess.BOUNDARY_CONVERSATION_EXPIRED;
import static com.aibackend.process.TicketIntakeProcess.BOUNDARY_CUSTOMER_REPLIED;
import static com.aibackend.process.TicketIntakeProcess.BOUNDARY_REMINDER_DUE;
import static com.aibackend.process.TicketIntakeProcess.END_CONVERSATION_EXPIRED;
import static com.aibackend.process.TicketIntakeProcess.END_OTHER_ANSWERED;
import static com.aibackend.process.TicketIntakeProcess.END_STATUS_ANSWERED;
import static com.aibackend.process.TicketIntakeProcess.END_TICKET_CLOSED;
import static com.aibackend.process.TicketIntakeProcess.KEY;
import static com.aibackend.process.TicketIntakeProcess.TASK_ACKNOWLEDGE_TRIAGE;
import static com.aibackend.process.TicketIntakeProcess.TASK_CLASSIFY_MESSAGE;
import static com.aibackend.process.TicketIntakeProcess.TASK_COMPLETE_MISSING_INFO;
import static com.aibackend.process.TicketIntakeProcess.TASK_CREATE_PAYLOAD;
import static com.aibackend.process.TicketIntakeProcess.TASK_REQUEST_MISSING_INFO;
import static com.aibackend.process.TicketIntakeProcess.TASK_SEND_REMINDER;
import static com.aibackend.process.TicketIntakeProcess.TASK_TRIAGE_MESSAGE;
import static com.aibackend.process.TicketIntakeProcess.TASK_WORK_ON_TICKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import com.aibackend.assignment.Assignment;
import com.aibackend.assignment.ConsultantAssigner;
import com.aibackend.conversation.Channel;
import com.aibackend.conversation.Conversation;
import com.aibackend.conversation.ConversationStatus;
import com.aibackend.conversation.Conversations;
import com.aibackend.conversation.Readings;
import com.aibackend.identity.Roles;
import com.aibackend.intake.IncomingMessage;
import com.aibackend.intake.Intake;
import com.aibackend.payload.PayloadService;
import com.aibackend.payload.PayloadStatus;
import com.aibackend.process.TicketIntakeProcess;
import com.aibackend.ticket.Editor;
import com.aibackend.ticket.Ticket;
import com.aibackend.ticket.TicketService;
import com.aibackend.ticket.TicketStatus;
import com.aibackend.ticket.Tickets;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

	private static final String COMPLETE_NETWORK_REQUEST = """
			Hello,
			my VPN connection drops every few minutes since yesterday's update and I cannot reach the file server.
			Best regards,
			Jane Doe""";

	@Autowired
	ProcessEngine engine;

	@Autowired
	Conversations conversations;

	@Autowired
	Readings readings;

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

	Scenario scenario;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@BeforeEach
	void setUp() {
		init(this.engine);
		this.scenario = new Scenario(this.engine, this.conversations, this.readings, this.intake);
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
	void germanCustomerIsAskedInGermanForExactlyWhatIsMissing() {
		Conversation conversation = this.scenario.receive(Scenario.uniqueSender(), "Anna Schmidt",
				"Hallo, es ist wieder kaputt");
		ProcessInstance instance = this.scenario.instanceOf(conversation);
		this.scenario.runJob(instance);

		assertThat(instance).isWaitingAt(TASK_COMPLETE_MISSING_INFO);
		Conversation waiting = this.scenario.reload(conversation);
		assertThat(waiting.getLanguage()).isEqualTo("de");
		assertThat(this.scenario.understanding(waiting).missingFields()).containsExactly("description", "service");
		assertThat(this.scenario.outbound(conversation.getId())).singleElement()
			.satisfies((text) -> assertThat(text)
				.contains("Vielen Dank für Ihre Nachricht, Anna Schmidt", "eine kurze Beschreibung",
						"welchen unserer Dienste")
				.doesNotContain("Ihren Namen", "Thank you"));
	}

	@Test
	void indonesianCustomerIsAskedInIndonesianAndTheReplyCompletesTheTicket() {
		Conversation conversation = this.scenario.receive(Scenario.uniqueSender(), null,
				"Halo, printer saya rusak lagi");
		ProcessInstance instance = this.scenario.instanceOf(conversation);
		this.scenario.runJob(instance);

		Conversation waiting = this.scenario.reload(conversation);
		assertThat(waiting.getLanguage()).isEqualTo("id");
		assertThat(this.scenario.understanding(waiting).missingFields()).containsExactly("requesterName",
				"description");
		assertThat(this.scenario.outbound(conversation.getId())).singleElement()
			.satisfies((text) -> assertThat(text)
				.contains("Terima kasih atas pesan Anda", "bahwa ini terkait Hardware", "nama Anda",
						"penjelasan singkat")
				.doesNotContain("layanan kami yang mana"));

		this.intake.reply(conversation.getId(),
				"Nama saya Budi Santoso. Printer di lantai 3 tidak menarik kertas sejak Senin pagi.");
		this.scenario.runJob(instance);
		this.scenario.runJob(instance);
		assertThat(instance).isWaitingAt(TASK_WORK_ON_TICKET);
		assertThat(this.scenario.outbound(conversation.getId())).last()
			.asString()
			.startsWith("Terima kasih, Budi Santoso. Kami telah membuka tiket TCK-");
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

	@Test
	void waitingConversationIsRemindedOnceAndThenExpires() {
		Conversation conversation = this.intake.registerStarted(
				new IncomingMessage(Channel.API, Scenario.uniqueSender(), null, null, "hello, broken", null), null);
		String readingId = this.readings
			.recordReading(conversation.getId(), com.aibackend.conversation.Reading.Source.BOT,
					new com.aibackend.conversation.Understanding("NEW_REQUEST", null, "MEDIUM", null, 0.3, "en", null,
							null, conversation.getSenderAddress(), null, null, null,
							java.util.List.of("requesterName", "description")))
			.getId();
		Instant started = Instant.now();
		ProcessInstance instance = this.engine.getRuntimeService()
			.createProcessInstanceByKey(KEY)
			.businessKey(conversation.getId())
			.startBeforeActivity(TASK_COMPLETE_MISSING_INFO)
			.setVariable("conversationId", conversation.getId())
			.setVariable("readingId", readingId)
			.execute();
		assertThat(instance).isWaitingAt(TASK_COMPLETE_MISSING_INFO);
		assertThat(dueIn(instance, BOUNDARY_REMINDER_DUE, started)).isCloseTo(Duration.ofHours(24).toMinutes(),
				within(1L));
		assertThat(dueIn(instance, BOUNDARY_CONVERSATION_EXPIRED, started)).isCloseTo(Duration.ofDays(7).toMinutes(),
				within(1L));

		this.scenario.runTimer(instance, BOUNDARY_REMINDER_DUE);
		assertThat(instance).isWaitingAt(TASK_COMPLETE_MISSING_INFO).hasPassed(TASK_SEND_REMINDER);
		assertThat(this.scenario.outbound(conversation.getId())).singleElement()
			.satisfies((text) -> assertThat(text).contains("reminder", "your name"));

		this.scenario.runTimer(instance, BOUNDARY_CONVERSATION_EXPIRED);
		assertThat(instance).isEnded().hasPassed(END_CONVERSATION_EXPIRED);
		assertThat(this.scenario.reload(conversation).getStatus()).isEqualTo(ConversationStatus.EXPIRED);
		assertThat(this.scenario.outbound(conversation.getId())).hasSize(2);
	}

	@Test
	void statusInquiryIsAnsweredWithTheTicketStatusForItsOwnerOnly() {
		String owner = Scenario.uniqueSender();
		Conversation request = this.scenario.receive(owner, "Jane Doe", COMPLETE_NETWORK_REQUEST);
		ProcessInstance requestInstance = this.scenario.instanceOf(request);
		this.scenario.runJob(requestInstance);
		this.scenario.runJob(requestInstance);
		String reference = this.scenario.reload(request).getTicketId();

		// While the ticket is open the owner's question is a follow-up on it, for its
		// consultant: no second conversation.
		Conversation followUp = this.scenario.receive(owner, null, "Any news on " + reference + "?");
		assertThat(followUp.getId()).isEqualTo(request.getId());
		assertThat(this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(TicketIntakeProcess.KEY)
			.variableValueEquals("customer", owner)
			.count()).isEqualTo(1);

		// Long after closing, the question is a new conversation, answered with the
		// status.
		this.tickets.changeStatus(reference, TicketStatus.CLOSED, "Replaced the router", AGENT);
		this.jdbc.update("update conversation set updated_at = ? where id = ?",
				java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(30))), request.getId());
		Conversation inquiry = this.scenario.receive(owner, null, "Any news on " + reference + "?");
		assertThat(inquiry.getId()).isNotEqualTo(request.getId());
		ProcessInstance instance = this.scenario.instanceOf(inquiry);
		this.scenario.runJob(instance);
		assertThat(instance).isEnded().hasPassed(END_STATUS_ANSWERED);
		assertThat(this.scenario.reload(inquiry).getStatus()).isEqualTo(ConversationStatus.ANSWERED);
		assertThat(this.scenario.outbound(inquiry.getId())).singleElement()
			.satisfies((text) -> assertThat(text).contains(reference, "closed"));

		Conversation stranger = this.scenario.receive(Scenario.uniqueSender(), null,
				"What is the status of " + reference + "?");
		ProcessInstance strangerInstance = this.scenario.instanceOf(stranger);
		this.scenario.runJob(strangerInstance);
		assertThat(this.scenario.outbound(stranger.getId())).singleElement()
			.satisfies((text) -> assertThat(text).contains("could not find"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"Hallo, bei uns geht schon wieder nichts mehr. Können Sie bitte schnell helfen?|de|eine kurze Beschreibung|welchen unserer Dienste|Der Drucker im Büro druckt seit heute Morgen nur noch leere Seiten.|HARDWARE",
			"Halo kak, sistemnya error lagi nih. Tolong dibantu ya.|id|penjelasan singkat|layanan kami yang mana|Printer di ruang rapat tidak mau menyala sejak tadi pagi.|HARDWARE" })
	void vagueMessageIsClarifiedWithTheCustomerInTheirLanguageAndAClearReplyBecomesATicket(String text, String language,
			String asksForDescription, String asksForService, String reply, String service) {
		Conversation conversation = this.scenario.receive(Scenario.uniqueSender(), "Kim Lee", text);
		ProcessInstance instance = this.scenario.instanceOf(conversation);
		this.scenario.runJob(instance);

		assertThat(instance).isWaitingAt(TASK_COMPLETE_MISSING_INFO).hasNotPassed(TASK_TRIAGE_MESSAGE);
		Conversation waiting = this.scenario.reload(conversation);
		assertThat(waiting.getLanguage()).isEqualTo(language);
		assertThat(this.scenario.understanding(waiting).missingFields()).contains("description", "service");
		assertThat(this.scenario.outbound(conversation.getId())).singleElement()
			.satisfies(
					(answer) -> assertThat(answer).contains(asksForDescription, asksForService, "Hardware", "Billing"));

		this.intake.reply(conversation.getId(), reply);
		this.scenario.runJob(instance);
		assertThat(instance).isWaitingAt(TASK_CREATE_PAYLOAD).hasNotPassed(TASK_TRIAGE_MESSAGE);
		assertThat(this.scenario.understanding(conversation).service()).isEqualTo(service);
		// The title is the clear request, not the vague first line.
		assertThat(this.scenario.understanding(conversation).title()).isEqualTo(reply);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Thanks a lot for your help yesterday, everything works now. Have a great weekend!|welcome",
					"Vielen Dank, das Problem ist gelöst. Schönes Wochenende!|Gern geschehen",
					"Oke kak, sudah beres. Terima kasih banyak!|Sama-sama" })
	void thanksInEachLanguageGetAShortAnswerAndNoTicket(String text, String answer) {
		Conversation conversation = this.scenario.receive(Scenario.uniqueSender(), null, text);
		ProcessInstance instance = this.scenario.instanceOf(conversation);
		this.scenario.runJob(instance);

		assertThat(instance).isEnded()
			.hasPassed(END_OTHER_ANSWERED)
			.hasNotPassed(TASK_REQUEST_MISSING_INFO, TASK_TRIAGE_MESSAGE, TASK_CREATE_PAYLOAD);
		assertThat(this.scenario.understanding(conversation).intent()).isEqualTo("COURTESY");
		assertThat(this.scenario.reload(conversation).getTicketId()).isNull();
		assertThat(this.scenario.outbound(conversation.getId())).singleElement().asString().contains(answer);
	}

	@Test
	void thanksWhileTheTicketIsOpenReachesItsConsultantAndLeavesItOpen() {
		String sender = Scenario.uniqueSender();
		Conversation request = this.scenario.receive(sender, null, COMPLETE_NETWORK_REQUEST);
		ProcessInstance ticketInstance = this.scenario.instanceOf(request);
		this.scenario.runJob(ticketInstance);
		this.scenario.runJob(ticketInstance);
		assertThat(ticketInstance).isWaitingAt(TASK_WORK_ON_TICKET);

		// A follow-up: the same conversation, no new run of the process.
		Conversation thanks = this.scenario.receive(sender, null, "Thank you, it works now!");
		assertThat(thanks.getId()).isEqualTo(request.getId());
		assertThat(this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(TicketIntakeProcess.KEY)
			.variableValueEquals("customer", sender)
			.count()).isEqualTo(1);

		assertThat(ticketInstance).isWaitingAt(TASK_WORK_ON_TICKET);
		// Stored with the ticket, shown in the consultant's form, not kept by the
		// process.
		assertThat(this.ticketQueries
			.get((String) this.engine.getRuntimeService().getVariable(ticketInstance.getId(), "ticketId"))
			.getStatus()).isEqualTo(TicketStatus.NEW);
		assertThat(this.engine.getTaskService().getVariableLocal(task(ticketInstance).getId(), "customerComments"))
			.asString()
			.contains("Thank you, it works now!");
		assertThat(this.engine.getTaskService().getVariableLocal(task(ticketInstance).getId(), "timeline")).asString()
			.contains("wrote: Thank you, it works now!");
		assertThat(this.engine.getRuntimeService().getVariableLocal(ticketInstance.getId(), "customerComments"))
			.isNull();
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

	@Test
	void messageThatIsNoRequestGetsAPoliteAnswer() {
		Conversation conversation = this.scenario.receive(Scenario.uniqueSender(), null,
				"Thanks a lot, have a nice day!");
		ProcessInstance instance = this.scenario.instanceOf(conversation);
		this.scenario.runJob(instance);
		assertThat(instance).isEnded().hasPassed(END_OTHER_ANSWERED);
		assertThat(this.scenario.reload(conversation).getStatus()).isEqualTo(ConversationStatus.ANSWERED);
		assertThat(this.scenario.outbound(conversation.getId())).singleElement()
			.satisfies((text) -> assertThat(text).contains("welcome"));
		assertThat(this.scenario.reload(conversation).getTicketId()).isNull();
	}

	@Test
	void claimingAnUnclaimedTicketTaskPutsTheTicketInProgress() {
		Conversation conversation = this.scenario.receive(Scenario.uniqueSender(), null, COMPLETE_NETWORK_REQUEST);
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
		Conversation conversation = this.scenario.receive(Scenario.uniqueSender(), null, COMPLETE_NETWORK_REQUEST);
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

	private static final Editor AGENT = new Editor("agent@example.com", java.util.Set.of(Roles.AGENTS));

	private java.util.List<String> candidateGroups(Task task) {
		return this.engine.getTaskService()
			.getIdentityLinksForTask(task.getId())
			.stream()
			.filter((link) -> "candidate".equals(link.getType()))
			.map(IdentityLink::getGroupId)
			.toList();
	}

	private long dueIn(ProcessInstance instance, String activityId, Instant from) {
		Job timer = this.engine.getManagementService()
			.createJobQuery()
			.processInstanceId(instance.getId())
			.activityId(activityId)
			.singleResult();
		return ChronoUnit.MINUTES.between(from, timer.getDuedate().toInstant());
	}

	/** The assignment record the ticket refers to. */
	private Assignment assignmentOf(Ticket ticket) {
		return this.assignmentRecords.get(ticket.getAssignmentId());
	}

}
