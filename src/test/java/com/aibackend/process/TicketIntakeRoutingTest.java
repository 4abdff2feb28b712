package com.aibackend.process;

import static com.aibackend.process.TicketIntakeProcess.KEY;
import static com.aibackend.process.TicketIntakeProcess.TASK_ACKNOWLEDGE_TRIAGE;
import static com.aibackend.process.TicketIntakeProcess.TASK_COMPLETE_MISSING_INFO;
import static com.aibackend.process.TicketIntakeProcess.TASK_CREATE_PAYLOAD;
import static com.aibackend.process.TicketIntakeProcess.TASK_NOTIFY_TICKET_CREATED;
import static com.aibackend.process.TicketIntakeProcess.TASK_REQUEST_MISSING_INFO;
import static com.aibackend.process.TicketIntakeProcess.TASK_TRIAGE_MESSAGE;
import static com.aibackend.process.TicketIntakeProcess.TASK_WORK_ON_TICKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;

import java.util.List;

import com.aibackend.ProcessTestConfiguration;
import com.aibackend.Scenario;
import com.aibackend.bot.Bot;
import com.aibackend.bot.model.TextPrediction;
import com.aibackend.conversation.Conversation;
import com.aibackend.conversation.ConversationStatus;
import com.aibackend.conversation.Conversations;
import com.aibackend.conversation.Reading;
import com.aibackend.conversation.Readings;
import com.aibackend.conversation.Understanding;
import com.aibackend.payload.PayloadService;
import com.aibackend.payload.PayloadStatus;
import com.aibackend.ticket.Ticket;
import com.aibackend.ticket.Tickets;
import com.jayway.jsonpath.JsonPath;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The routing of {@code ticket-intake} with the bot replaced by a stand-in: each test
 * decides what the bot read, so a change of the trained model cannot break them, and
 * detours start where they begin ({@code startBeforeActivity}).
 */
@ProcessTestConfiguration
class TicketIntakeRoutingTest {

	static final Understanding COMPLETE = new Understanding("NEW_REQUEST", "NETWORK", "HIGH", "INCIDENT", 0.93, "en",
			"Ana Silva", "Acme Industries", "ana@acme.example", "The VPN drops every few minutes.", null,
			"VPN drops every few minutes", List.of());

	@Autowired
	ProcessEngine engine;

	@Autowired
	Conversations conversations;

	@Autowired
	Readings readings;

	@Autowired
	Tickets tickets;

	@Autowired
	PayloadService payloads;

	@MockitoBean
	Bot bot;

	@Autowired
	Scenario scenario;

	@BeforeEach
	void setUp() {
		init(this.engine);
		given(this.bot.serviceName(anyString())).willAnswer((call) -> call.getArgument(0));
	}

	/**
	 * The conversation's status is where its process stands, written by the BPMN's
	 * listeners and by nothing else: each step that ends a run sets it as it is entered.
	 */
	@ParameterizedTest
	@CsvSource({ "EndEvent_StatusAnswered, ANSWERED", "EndEvent_OtherAnswered, ANSWERED",
			"EndEvent_ConversationExpired, EXPIRED", "EndEvent_Dismissed, DISMISSED",
			"Task_CompleteMissingInfo, WAITING_FOR_INFO" })
	void theConversationsStatusFollowsTheProcess(String activity, ConversationStatus status) {
		Conversation conversation = receive();
		Reading reading = this.readings.recordReading(conversation.getId(), Reading.Source.BOT,
				new Understanding("NEW_REQUEST", null, "MEDIUM", null, 0.2, "en", null, null, "ana@acme.example", null,
						null, null, List.of("description")));
		assertThat(this.scenario.reload(conversation).getStatus()).isEqualTo(ConversationStatus.RECEIVED);
		this.engine.getRuntimeService()
			.createProcessInstanceByKey(TicketIntakeProcess.KEY)
			.businessKey(conversation.getId() + "-" + activity)
			.setVariable(TicketIntakeProcess.Var.CONVERSATION_ID, conversation.getId())
			.setVariable(TicketIntakeProcess.Var.READING_ID, reading.getId())
			.startBeforeActivity(activity)
			.execute();
		assertThat(this.scenario.reload(conversation).getStatus()).isEqualTo(status);
	}

	@Test
	void aCompleteReadingBecomesAPayloadAndTheTicketIsMadeFromIt() {
		Conversation conversation = receive();
		botReads(conversation, COMPLETE);
		ProcessInstance instance = this.scenario.instanceOf(conversation);

		this.scenario.runJob(instance);
		assertThat(instance).hasNotPassed(TASK_ACKNOWLEDGE_TRIAGE, TASK_REQUEST_MISSING_INFO)
			.isWaitingAt(TASK_CREATE_PAYLOAD);
		this.scenario.runJob(instance);

		assertThat(instance).hasPassed(TASK_NOTIFY_TICKET_CREATED).isWaitingAt(TASK_WORK_ON_TICKET);
		Ticket ticket = this.tickets.get(this.scenario.reload(conversation).getTicketId());
		assertThat(this.scenario.outbound(conversation.getId())).singleElement()
			.asString()
			.contains(ticket.getReference(), "Ana Silva");
		assertThat(ticket.getTitle()).isEqualTo(COMPLETE.title());
		assertThat(ticket.getDescription()).isEqualTo(COMPLETE.description());
		assertThat(ticket.getRequesterName()).isEqualTo("Ana Silva");
		assertThat(ticket.getService()).isEqualTo("NETWORK");
		assertThat(ticket.getType()).isEqualTo("INCIDENT");
		String readingId = (String) this.engine.getRuntimeService().getVariable(instance.getId(), "readingId");
		String payload = this.payloads.get(ticket.getPayloadId()).getContent();
		assertThat(JsonPath.<String>read(payload, "$.classification.readingId")).isEqualTo(readingId);
		assertThat(this.payloads.get(ticket.getPayloadId()).getStatus()).isEqualTo(PayloadStatus.PROCESSED);
		// The process keeps references and what its gateways read, not the texts.
		assertThat(this.engine.getRuntimeService().getVariables(instance.getId()))
			.doesNotContainKeys("description", "title", "requesterName", "customerComments")
			.containsKeys("conversationId", "readingId", "payloadId", "ticketId");
	}

	@Test
	void aDescribedRequestWhoseServiceTheBotCannotTellGoesToAnAgent() {
		Conversation conversation = receive();
		botReads(conversation, new Understanding("NEW_REQUEST", null, "MEDIUM", null, 0.41, "en", "Ana Silva", null,
				"ana@acme.example", "Catering for twelve on Thursday.", null, null, List.of("service")));
		given(this.bot.serviceGuess(anyString())).willReturn(new TextPrediction("HARDWARE", 0.41, 0.05));
		ProcessInstance instance = this.scenario.instanceOf(conversation);

		this.scenario.runJob(instance);

		assertThat(instance).hasPassed(TASK_ACKNOWLEDGE_TRIAGE).isWaitingAt(TASK_TRIAGE_MESSAGE);
		assertThat(this.scenario.reload(conversation).getStatus()).isEqualTo(ConversationStatus.IN_TRIAGE);
		assertThat(this.scenario.outbound(conversation.getId())).singleElement()
			.asString()
			.contains("We have received your message");
	}

	@Test
	void aVagueRequestGoesBackToTheCustomerFirst() {
		Conversation conversation = receive();
		botReads(conversation, new Understanding("NEW_REQUEST", null, "MEDIUM", null, 0.2, "en", null, null,
				"ana@acme.example", null, null, null, List.of("requesterName", "description", "service")));
		ProcessInstance instance = this.scenario.instanceOf(conversation);

		this.scenario.runJob(instance);

		assertThat(instance).hasNotPassed(TASK_ACKNOWLEDGE_TRIAGE)
			.hasPassed(TASK_REQUEST_MISSING_INFO)
			.isWaitingAt(TASK_COMPLETE_MISSING_INFO);
		assertThat(this.scenario.reload(conversation).getStatus()).isEqualTo(ConversationStatus.WAITING_FOR_INFO);
	}

	@ParameterizedTest
	@CsvSource({ "STATUS_INQUIRY, " + TicketIntakeProcess.END_STATUS_ANSWERED,
			"OTHER, " + TicketIntakeProcess.END_OTHER_ANSWERED, "COURTESY, " + TicketIntakeProcess.END_OTHER_ANSWERED })
	void messagesThatAskForNoTicketAreAnsweredAndEnd(String intent, String end) {
		Conversation conversation = receive();
		botReads(conversation,
				new Understanding(intent, null, "LOW", null, 0.9, "en", null, null, null, null, null, null, List.of()));
		ProcessInstance instance = this.scenario.instanceOf(conversation);

		this.scenario.runJob(instance);

		assertThat(instance).isEnded().hasPassed(end);
		assertThat(this.scenario.reload(conversation).getStatus()).isEqualTo(ConversationStatus.ANSWERED);
	}

	@Test
	void triageStartedMidProcessTakesTheAgentsChoice() {
		Conversation conversation = this.conversations.open(com.aibackend.conversation.Channel.API,
				Scenario.uniqueSender(), null, null, null, null, "The projector in the board room shows no picture.",
				null);
		Reading botReading = this.readings.recordReading(conversation.getId(), Reading.Source.BOT,
				new Understanding("NEW_REQUEST", null, "MEDIUM", null, 0.41, "en", "Ana Silva", null,
						"ana@acme.example", "The board room projector shows no picture.", null, null,
						List.of("service")));
		given(this.bot.serviceGuess(anyString())).willReturn(new TextPrediction("HARDWARE", 0.41, 0.05));
		given(this.bot.applyTriage(anyString(), any(), any(), any()))
			.willAnswer((call) -> this.readings.recordReading(conversation.getId(), Reading.Source.TRIAGE,
					new Understanding(call.getArgument(1), call.getArgument(2), call.getArgument(3), null, 1.0, "en",
							"Ana Silva", null, "ana@acme.example", "The board room projector shows no picture.", null,
							null, List.of())));
		ProcessInstance instance = this.engine.getRuntimeService()
			.createProcessInstanceByKey(KEY)
			.businessKey(conversation.getId())
			.startBeforeActivity(TASK_TRIAGE_MESSAGE)
			.setVariable("conversationId", conversation.getId())
			.setVariable("readingId", botReading.getId())
			.execute();
		assertThat(instance).isWaitingAt(TASK_TRIAGE_MESSAGE);

		complete(task(instance),
				withVariables("intentChoice", "NEW_REQUEST", "serviceChoice", "HARDWARE", "priorityChoice", "LOW"));

		assertThat(instance).isWaitingAt(TASK_CREATE_PAYLOAD);
		this.scenario.runJob(instance);
		Ticket ticket = this.tickets
			.get((String) this.engine.getRuntimeService().getVariable(instance.getId(), "ticketId"));
		assertThat(ticket.getService()).isEqualTo("HARDWARE");
		assertThat(ticket.getPriority()).isEqualTo("LOW");
	}

	private Conversation receive() {
		return this.scenario.receive(Scenario.uniqueSender(), null, "text the stand-in bot does not read");
	}

	/** The bot's reading of the conversation's next round. */
	private void botReads(Conversation conversation, Understanding understanding) {
		given(this.bot.understand(conversation.getId()))
			.willAnswer((call) -> this.readings.recordReading(conversation.getId(), Reading.Source.BOT, understanding));
	}

}
