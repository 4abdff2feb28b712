package com.aibackend;

import static com.aibackend.process.TicketIntakeProcess.BOUNDARY_CONVERSATION_EXPIRED;
import static com.aibackend.process.TicketIntakeProcess.BOUNDARY_REMINDER_DUE;
import static com.aibackend.process.TicketIntakeProcess.END_CONVERSATION_EXPIRED;
import static com.aibackend.process.TicketIntakeProcess.END_OTHER_ANSWERED;
import static com.aibackend.process.TicketIntakeProcess.END_STATUS_ANSWERED;
import static com.aibackend.process.TicketIntakeProcess.KEY;
import static com.aibackend.process.TicketIntakeProcess.TASK_COMPLETE_MISSING_INFO;
import static com.aibackend.process.TicketIntakeProcess.TASK_CREATE_PAYLOAD;
import static com.aibackend.process.TicketIntakeProcess.TASK_REQUEST_MISSING_INFO;
import static com.aibackend.process.TicketIntakeProcess.TASK_SEND_REMINDER;
import static com.aibackend.process.TicketIntakeProcess.TASK_TRIAGE_MESSAGE;
import static com.aibackend.process.TicketIntakeProcess.TASK_WORK_ON_TICKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.aibackend.conversation.Channel;
import com.aibackend.conversation.Conversation;
import com.aibackend.conversation.ConversationStatus;
import com.aibackend.conversation.Readings;
import com.aibackend.identity.Roles;
import com.aibackend.intake.IncomingMessage;
import com.aibackend.intake.Intake;
import com.aibackend.process.TicketIntakeProcess;
import com.aibackend.ticket.Editor;
import com.aibackend.ticket.TicketService;
import com.aibackend.ticket.TicketStatus;
import com.aibackend.ticket.Tickets;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the customer reads and answers along {@code ticket-intake}: clarifications in
 * their language, reminders, status answers, thanks; driven step by step against the real
 * services, in the context {@link TicketIntakeProcessTest} uses.
 */
@ProcessTestConfiguration
class TicketIntakeDialogueTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	Readings readings;

	@Autowired
	Intake intake;

	@Autowired
	TicketService tickets;

	@Autowired
	Tickets ticketQueries;

	@Autowired
	Scenario scenario;

	private static final Editor AGENT = new Editor("agent@example.com", java.util.Set.of(Roles.AGENTS));

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@BeforeEach
	void setUp() {
		init(this.engine);
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
				.contains("Terima kasih atas pesan Anda", "bahwa ini terkait Perangkat keras", "nama Anda",
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
		assertThat(this.scenario.minutesUntilTimer(instance, BOUNDARY_REMINDER_DUE, started))
			.isCloseTo(Duration.ofHours(24).toMinutes(), within(1L));
		assertThat(this.scenario.minutesUntilTimer(instance, BOUNDARY_CONVERSATION_EXPIRED, started))
			.isCloseTo(Duration.ofDays(7).toMinutes(), within(1L));

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
		Conversation request = this.scenario.receive(owner, "Jane Doe",
				TicketIntakeProcessTest.COMPLETE_NETWORK_REQUEST);
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
			.satisfies((answer) -> assertThat(answer).contains(asksForDescription, asksForService)
				// The services in the customer's language; no English name, no priority.
				.contains(language.equals("de") ? List.of("Hardware & Geräte", "Abrechnung", "Netzwerk & VPN")
						: List.of("Perangkat keras", "Tagihan", "Jaringan & VPN"))
				.doesNotContain("Billing", "Network & VPN", "Accounts & Access", "Software & Licences", "riorit"));

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
		Conversation request = this.scenario.receive(sender, null, TicketIntakeProcessTest.COMPLETE_NETWORK_REQUEST);
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

}
