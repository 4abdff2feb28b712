package com.aibackend.process;

import static com.aibackend.process.TicketIntakeProcess.BOUNDARY_CUSTOMER_REPLIED;
import static com.aibackend.process.TicketIntakeProcess.BOUNDARY_CUSTOMER_WROTE;
import static com.aibackend.process.TicketIntakeProcess.END_THANKS_NOTED;
import static com.aibackend.process.TicketIntakeProcess.GATEWAY_ONLY_THANKS;
import static com.aibackend.process.TicketIntakeProcess.GATEWAY_TICKET_TO_REOPEN;
import static com.aibackend.process.TicketIntakeProcess.START_MESSAGE_RECEIVED;
import static com.aibackend.process.TicketIntakeProcess.TASK_ADD_CUSTOMER_COMMENT;
import static com.aibackend.process.TicketIntakeProcess.TASK_CLASSIFY_MESSAGE;
import static com.aibackend.process.TicketIntakeProcess.TASK_COMPLETE_MISSING_INFO;
import static com.aibackend.process.TicketIntakeProcess.TASK_READ_COMEBACK;
import static com.aibackend.process.TicketIntakeProcess.TASK_REOPEN_TICKET;
import static com.aibackend.process.TicketIntakeProcess.TASK_WORK_ON_TICKET;
import static com.aibackend.process.TicketIntakeRoutingTest.COMPLETE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;

import java.util.List;

import com.aibackend.ProcessTestConfiguration;
import com.aibackend.Scenario;
import com.aibackend.bot.Bot;
import com.aibackend.conversation.Conversation;
import com.aibackend.conversation.ConversationStatus;
import com.aibackend.conversation.Conversations;
import com.aibackend.conversation.Message;
import com.aibackend.conversation.Reading;
import com.aibackend.conversation.Readings;
import com.aibackend.conversation.Understanding;
import com.aibackend.intake.Intake;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * What a customer's next message does is decided by the process, by what it waits for:
 * one test per state, each message going through the intake's one door (one correlation
 * of {@code Msg_CustomerMessage}, or a new run when none is going). The bot is a
 * stand-in, as in {@link TicketIntakeRoutingTest}, whose context this shares.
 */
@ProcessTestConfiguration
class CustomerMessageCorrelationTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	Conversations conversations;

	@Autowired
	Readings readings;

	@Autowired
	Intake intake;

	@Autowired
	JdbcTemplate jdbc;

	@MockitoBean
	Bot bot;

	@Autowired
	Scenario scenario;

	@BeforeEach
	void setUp() {
		init(this.engine);
		given(this.bot.serviceName(anyString())).willAnswer((call) -> call.getArgument(0));
	}

	@Test
	void aFirstMessageStartsARun() {
		Conversation conversation = receive();

		assertThat(this.scenario.instanceOf(conversation)).hasPassed(START_MESSAGE_RECEIVED, GATEWAY_TICKET_TO_REOPEN);
		assertThat(runsOf(conversation)).isOne();
	}

	@Test
	void aMessageWhileTheRunWaitsForInformationIsTheAnswer() {
		Conversation conversation = receive();
		botReads(conversation, new Understanding("NEW_REQUEST", null, "MEDIUM", null, 0.2, "en", null, null,
				"ana@acme.example", null, null, null, List.of("description")));
		ProcessInstance instance = this.scenario.instanceOf(conversation);
		this.scenario.runJob(instance);
		assertThat(instance).isWaitingAt(TASK_COMPLETE_MISSING_INFO);

		this.intake.reply(conversation.getId(), "The VPN drops every few minutes.");

		assertThat(instance).hasPassed(BOUNDARY_CUSTOMER_REPLIED).isWaitingAt(TASK_CLASSIFY_MESSAGE);
		assertThat(runsOf(conversation)).isOne();
	}

	@Test
	void aMessageWhileTheRunStillReadsTheRequestJoinsTheRound() {
		Conversation conversation = receive();
		ProcessInstance instance = this.scenario.instanceOf(conversation);
		assertThat(instance).isWaitingAt(TASK_CLASSIFY_MESSAGE);

		this.intake.reply(conversation.getId(), "Also, it happens on every laptop.");

		assertThat(instance).isWaitingAt(TASK_CLASSIFY_MESSAGE);
		assertThat(runsOf(conversation)).isOne();
		assertThat(this.conversations.inboundOfCurrentRound(conversation.getId())).hasSize(2);
	}

	@Test
	void aMessageWhileTheTicketIsOpenIsACommentAndTheWorkGoesOn() {
		ProcessInstance instance = atWorkOnTicket();
		Conversation conversation = this.conversations
			.get((String) this.engine.getRuntimeService().getVariable(instance.getId(), "conversationId"));

		this.intake.reply(conversation.getId(), "It now also affects customers in Saxony.");

		assertThat(instance).hasPassed(BOUNDARY_CUSTOMER_WROTE, TASK_ADD_CUSTOMER_COMMENT)
			.isWaitingAt(TASK_WORK_ON_TICKET);
		assertThat(runsOf(conversation)).isOne();
		assertThat(this.jdbc.queryForList("select text from ticket_comment where conversation_id = ?", String.class,
				conversation.getId()))
			.containsExactly("It now also affects customers in Saxony.");
	}

	@Test
	void aMessageAfterAnAnswerStartsANewRoundThatIsReadAgain() {
		Conversation conversation = receive();
		botReads(conversation, new Understanding("OTHER", null, "LOW", null, 0.9, "en", null, null, null, null, null,
				null, List.of()));
		ProcessInstance first = this.scenario.instanceOf(conversation);
		this.scenario.runJob(first);
		assertThat(first).isEnded();

		this.intake.reply(conversation.getId(), "One more thing: the VPN drops every few minutes.");

		ProcessInstance second = this.scenario.instanceOf(conversation);
		assertThat(second.getId()).isNotEqualTo(first.getId());
		assertThat(second).hasPassed(GATEWAY_TICKET_TO_REOPEN).isWaitingAt(TASK_CLASSIFY_MESSAGE);
		assertThat(this.conversations.inboundOfCurrentRound(conversation.getId())).extracting(Message::getText)
			.containsExactly("One more thing: the VPN drops every few minutes.");
	}

	@Test
	void aMessageSoonAfterTheTicketClosedReopensItInANewRun() {
		ProcessInstance first = atWorkOnTicket();
		String conversationId = (String) this.engine.getRuntimeService().getVariable(first.getId(), "conversationId");
		complete(task(first), withVariables("ticketStatus", "CLOSED", "resolution", "Reinstalled the VPN client"));
		assertThat(first).isEnded();

		this.intake.reply(conversationId, "It drops again since this morning.");

		ProcessInstance second = this.scenario.instanceOf(this.conversations.get(conversationId));
		assertThat(second).isWaitingAt(TASK_READ_COMEBACK);
		this.scenario.runJob(second);
		assertThat(second).hasPassed(GATEWAY_TICKET_TO_REOPEN, GATEWAY_ONLY_THANKS, TASK_REOPEN_TICKET)
			.hasNotPassed(TASK_CLASSIFY_MESSAGE)
			.isWaitingAt(TASK_WORK_ON_TICKET);
		assertThat(this.conversations.get(conversationId).getStatus()).isEqualTo(ConversationStatus.PROCESSED);
	}

	@Test
	void aThankYouAfterTheTicketClosedLeavesItClosed() {
		ProcessInstance first = atWorkOnTicket();
		String conversationId = (String) this.engine.getRuntimeService().getVariable(first.getId(), "conversationId");
		complete(task(first), withVariables("ticketStatus", "CLOSED", "resolution", "Reinstalled the VPN client"));
		given(this.bot.onlyThanks(conversationId)).willReturn(true);

		this.intake.reply(conversationId, "Super, jetzt funktioniert alles wieder. Vielen Dank!");

		ProcessInstance second = this.scenario.instanceOf(this.conversations.get(conversationId));
		this.scenario.runJob(second);
		assertThat(second).hasPassed(GATEWAY_ONLY_THANKS, END_THANKS_NOTED)
			.hasNotPassed(TASK_REOPEN_TICKET, TASK_CLASSIFY_MESSAGE)
			.isEnded();
		assertThat(this.conversations.get(conversationId).getStatus()).isEqualTo(ConversationStatus.CLOSED);
		assertThat(this.conversations.inboundOfCurrentRound(conversationId)).extracting(Message::getText)
			.containsExactly("Super, jetzt funktioniert alles wieder. Vielen Dank!");
	}

	private ProcessInstance atWorkOnTicket() {
		Conversation conversation = receive();
		botReads(conversation, COMPLETE);
		ProcessInstance instance = this.scenario.instanceOf(conversation);
		this.scenario.runJob(instance);
		this.scenario.runJob(instance);
		assertThat(instance).isWaitingAt(TASK_WORK_ON_TICKET);
		return instance;
	}

	private long runsOf(Conversation conversation) {
		return this.engine.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(conversation.getId())
			.count();
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
