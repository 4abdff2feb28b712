package com.aibackend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import com.aibackend.conversation.Channel;
import com.aibackend.conversation.Conversation;
import com.aibackend.conversation.Conversations;
import com.aibackend.conversation.Readings;
import com.aibackend.conversation.Understanding;
import com.aibackend.intake.Intake;
import com.aibackend.conversation.Direction;
import com.aibackend.intake.IncomingMessage;
import com.aibackend.conversation.Message;
import com.aibackend.process.TicketIntakeProcess;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Drives the intake the way the channels and the job executor would, for tests without a
 * job executor.
 */
public final class Scenario {

	private final ProcessEngine engine;

	private final Conversations conversations;

	private final Readings readings;

	private final Intake intake;

	public Scenario(ProcessEngine engine, Conversations conversations, Readings readings, Intake intake) {
		this.engine = engine;
		this.conversations = conversations;
		this.readings = readings;
		this.intake = intake;
	}

	public static String uniqueSender() {
		return "customer-" + UUID.randomUUID().toString().substring(0, 8) + "@acme-industries.com";
	}

	public Conversation receive(String sender, String name, String text) {
		return this.intake.receive(new IncomingMessage(Channel.API, sender, name, null, text, null));
	}

	public ProcessInstance instanceOf(Conversation conversation) {
		return this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(TicketIntakeProcess.KEY)
			.processInstanceBusinessKey(conversation.getId())
			.active()
			.singleResult();
	}

	/** Minutes from {@code from} until the timer at {@code activityId} is due. */
	public long minutesUntilTimer(ProcessInstance instance, String activityId, java.time.Instant from) {
		org.camunda.bpm.engine.runtime.Job timer = this.engine.getManagementService()
			.createJobQuery()
			.processInstanceId(instance.getId())
			.activityId(activityId)
			.singleResult();
		return java.time.temporal.ChronoUnit.MINUTES.between(from, timer.getDuedate().toInstant());
	}

	/** Runs the one job the instance waits on, as the job executor would. */
	public void runJob(ProcessInstance instance) {
		List<Job> jobs = this.engine.getManagementService()
			.createJobQuery()
			.processInstanceId(instance.getId())
			.executable()
			.list();
		assertThat(jobs).as("executable jobs of %s", instance.getId()).hasSize(1);
		this.engine.getManagementService().executeJob(jobs.get(0).getId());
	}

	public void runTimer(ProcessInstance instance, String boundaryEventId) {
		Job timer = this.engine.getManagementService()
			.createJobQuery()
			.processInstanceId(instance.getId())
			.activityId(boundaryEventId)
			.singleResult();
		assertThat(timer).as("timer of %s", boundaryEventId).isNotNull();
		this.engine.getManagementService().executeJob(timer.getId());
	}

	public List<String> outbound(String conversationId) {
		return this.conversations.messagesOf(conversationId)
			.stream()
			.filter((message) -> message.getDirection() == Direction.OUT)
			.map(Message::getText)
			.toList();
	}

	/** What the bot (or an agent) read of the conversation's current round. */
	public Understanding understanding(Conversation conversation) {
		return this.readings.understandingOf(conversation.getId());
	}

	public Conversation reload(Conversation conversation) {
		return this.conversations.get(conversation.getId());
	}

}
