package com.aibackend.trace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.aibackend.assignment.Assignment;
import com.aibackend.assignment.ConsultantAssigner;
import com.aibackend.bot.Triages;
import com.aibackend.conversation.Conversation;
import com.aibackend.conversation.Conversations;
import com.aibackend.conversation.Readings;
import com.aibackend.conversation.Direction;
import com.aibackend.conversation.Message;
import com.aibackend.conversation.Reading;
import com.aibackend.conversation.Understanding;
import com.aibackend.process.MessageDeliveryProcess;
import com.aibackend.process.TicketIntakeProcess;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a conversation's trace together from the application's records and the engine's
 * history, so that a finished flow is as visible as a running one.
 */
@Service
public class ConversationTrace {

	private final Conversations conversations;

	private final Readings readings;

	private final Triages triages;

	private final ConsultantAssigner assignments;

	private final HistoryService history;

	private final RepositoryService repository;

	ConversationTrace(Conversations conversations, Readings readings, Triages triages, ConsultantAssigner assignments,
			HistoryService history, RepositoryService repository) {
		this.conversations = conversations;
		this.readings = readings;
		this.triages = triages;
		this.assignments = assignments;
		this.history = history;
		this.repository = repository;
	}

	/** The trace; an unknown conversation is a not-found failure. */
	@Transactional(readOnly = true)
	public Trace of(String conversationId) {
		Conversation conversation = this.conversations.get(conversationId);
		List<HistoricProcessInstance> instances = this.history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(TicketIntakeProcess.KEY)
			.processInstanceBusinessKey(conversationId)
			.orderByProcessInstanceStartTime()
			.asc()
			.list();
		List<Trace.Run> runs = instances.stream().map((instance) -> run(instance, conversation.getTicketId())).toList();
		List<Reading> readings = this.readings.readingsOf(conversationId);
		List<Message> messages = this.conversations.messagesOf(conversationId);
		List<Trace.IncidentStep> incidents = new ArrayList<>();
		instances.forEach((instance) -> incidents.addAll(incidents(instance.getId())));
		incidents.addAll(deliveryIncidents(messages));
		return new Trace(summary(conversation), runs, readings.stream().map(ConversationTrace::reading).toList(),
				(int) readings.stream().filter(ConversationTrace::askedForMore).count(),
				this.triages.ofConversation(conversationId)
					.stream()
					.map((t) -> new Trace.TriageStep(t.botIntent(), t.botService(), t.botConfidence(), t.intent(),
							t.service(), t.priority(), t.decidedBy(), t.decidedAt()))
					.toList(),
				assignment(instances).orElse(null), messages.stream().map(ConversationTrace::message).toList(),
				incidents);
	}

	/** The BPMN of the conversation's latest run, for drawing its path. */
	@Transactional(readOnly = true)
	public Optional<String> diagram(String conversationId) {
		this.conversations.get(conversationId);
		return this.history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(TicketIntakeProcess.KEY)
			.processInstanceBusinessKey(conversationId)
			.orderByProcessInstanceStartTime()
			.desc()
			.listPage(0, 1)
			.stream()
			.findFirst()
			.map((instance) -> this.repository.getProcessModel(instance.getProcessDefinitionId()))
			.map((xml) -> {
				try (xml) {
					return new String(xml.readAllBytes(), StandardCharsets.UTF_8);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
	}

	private Trace.Run run(HistoricProcessInstance instance, String ticketId) {
		List<HistoricActivityInstance> activities = this.history.createHistoricActivityInstanceQuery()
			.processInstanceId(instance.getId())
			.orderByHistoricActivityInstanceStartTime()
			.asc()
			.orderPartiallyByOccurrence()
			.asc()
			.list();
		Map<String, String> completedBy = this.history.createUserOperationLogQuery()
			.processInstanceId(instance.getId())
			.operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE)
			.list()
			.stream()
			.filter((entry) -> entry.getTaskId() != null && entry.getUserId() != null)
			.collect(Collectors.toMap(UserOperationLogEntry::getTaskId, UserOperationLogEntry::getUserId,
					(first, second) -> first, HashMap::new));
		this.history.createHistoricVariableInstanceQuery()
			.processInstanceId(instance.getId())
			.variableName(TicketIntakeProcess.Var.COMPLETED_BY)
			.includeDeleted()
			.list()
			.stream()
			.filter((variable) -> variable.getTaskId() != null && variable.getValue() instanceof String)
			.forEach((variable) -> completedBy.putIfAbsent(variable.getTaskId(), (String) variable.getValue()));
		List<Trace.Step> steps = activities.stream()
			.map((a) -> new Trace.Step(a.getActivityId(), name(a.getActivityName(), ticketId), a.getActivityType(),
					instant(a.getStartTime()), instant(a.getEndTime()), a.getDurationInMillis(), a.getAssignee(),
					(a.getTaskId() != null) ? completedBy.get(a.getTaskId()) : null, a.isCanceled()))
			.toList();
		Set<String> passed = new LinkedHashSet<>();
		activities.forEach((a) -> passed.add(a.getActivityId()));
		return new Trace.Run(instance.getId(), instance.getProcessDefinitionId(), instance.getProcessDefinitionKey(),
				instance.getProcessDefinitionVersion(), instance.getState(), instant(instance.getStartTime()),
				instant(instance.getEndTime()), steps, List.copyOf(passed),
				taken(instance.getProcessDefinitionId(), activities));
	}

	/**
	 * The engine records activities, not the flows between them: a flow counts as taken
	 * when its target started after its source had ended.
	 */
	private List<String> taken(String definitionId, List<HistoricActivityInstance> activities) {
		Map<String, List<HistoricActivityInstance>> byActivity = activities.stream()
			.collect(Collectors.groupingBy(HistoricActivityInstance::getActivityId));
		List<String> taken = new ArrayList<>();
		for (SequenceFlow flow : this.repository.getBpmnModelInstance(definitionId)
			.getModelElementsByType(SequenceFlow.class)) {
			List<HistoricActivityInstance> sources = byActivity.getOrDefault(flow.getSource().getId(), List.of());
			List<HistoricActivityInstance> targets = byActivity.getOrDefault(flow.getTarget().getId(), List.of());
			boolean followed = sources.stream()
				.filter((source) -> source.getEndTime() != null && !source.isCanceled())
				.anyMatch((source) -> targets.stream()
					.anyMatch((target) -> !target.getStartTime().before(source.getEndTime())));
			if (followed) {
				taken.add(flow.getId());
			}
		}
		return taken;
	}

	private List<Trace.IncidentStep> incidents(String processInstanceId) {
		return this.history.createHistoricIncidentQuery()
			.processInstanceId(processInstanceId)
			.orderByCreateTime()
			.asc()
			.list()
			.stream()
			.map(ConversationTrace::incident)
			.toList();
	}

	/** Sending an answer runs in a process of its own, keyed by the message. */
	private List<Trace.IncidentStep> deliveryIncidents(List<Message> messages) {
		String[] outbound = messages.stream()
			.filter((m) -> m.getDirection() == Direction.OUT)
			.map(Message::getId)
			.toArray(String[]::new);
		if (outbound.length == 0) {
			return List.of();
		}
		List<Trace.IncidentStep> incidents = new ArrayList<>();
		this.history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(MessageDeliveryProcess.KEY)
			.processInstanceBusinessKeyIn(outbound)
			.withIncidents()
			.list()
			.forEach((delivery) -> incidents.addAll(incidents(delivery.getId())));
		return incidents;
	}

	private Optional<Trace.AssignmentStep> assignment(List<HistoricProcessInstance> instances) {
		if (instances.isEmpty()) {
			return Optional.empty();
		}
		return this.history.createHistoricVariableInstanceQuery()
			.processInstanceIdIn(instances.stream().map(HistoricProcessInstance::getId).toArray(String[]::new))
			.variableName(TicketIntakeProcess.Var.ASSIGNMENT_ID)
			.list()
			.stream()
			.map(HistoricVariableInstance::getValue)
			.filter(String.class::isInstance)
			.map(String.class::cast)
			.reduce((first, last) -> last)
			.map(this.assignments::get)
			.map(ConversationTrace::assignment);
	}

	private static Trace.AssignmentStep assignment(Assignment a) {
		return new Trace.AssignmentStep(a.decision(), a.version(), a.rule(),
				(a.strategy() != null) ? a.strategy().name() : null, a.consultant(), a.pool(), a.candidates(),
				a.skipped(), a.firstResponse(), a.resolution());
	}

	private static Trace.Summary summary(Conversation c) {
		return new Trace.Summary(c.getId(), c.getChannel().name(), c.getSenderAddress(), c.getSenderName(),
				c.getSubject(), c.getStatus().name(), c.getLanguage(), c.getTicketId(), c.getCreatedAt(),
				c.getUpdatedAt());
	}

	private static Trace.ReadingStep reading(Reading reading) {
		Understanding u = reading.understanding();
		return new Trace.ReadingStep(reading.getOrdinal(), reading.getSource().name(), u.intent(), u.service(),
				u.priority(), u.confidence(), u.language(), u.missingFields(), reading.getCreatedAt());
	}

	/** A new request the bot could not complete: the customer was asked for the rest. */
	private static boolean askedForMore(Reading reading) {
		Understanding u = reading.understanding();
		return reading.getSource() == Reading.Source.BOT && "NEW_REQUEST".equals(u.intent())
				&& !u.missingFields().isEmpty();
	}

	private static Trace.MessageStep message(Message m) {
		return new Trace.MessageStep(m.getId(), m.getDirection().name(), m.getText(),
				(m.getState() != null) ? m.getState().name() : null, m.getAttempts(), m.getLastError(),
				m.getExternalId(), m.getCreatedAt());
	}

	private static Trace.IncidentStep incident(HistoricIncident i) {
		return new Trace.IncidentStep(i.getIncidentType(), i.getActivityId(), i.getIncidentMessage(),
				i.getProcessInstanceId(), i.isOpen() ? "OPEN" : (i.isResolved() ? "RESOLVED" : "DELETED"),
				instant(i.getCreateTime()), instant(i.getEndTime()));
	}

	/**
	 * History keeps a name as modelled; "Work on ${ticketId}" reads better with the id.
	 */
	private static String name(String name, String ticketId) {
		return (name != null && ticketId != null) ? name.replace("${ticketId}", ticketId) : name;
	}

	private static Instant instant(Date date) {
		return (date != null) ? date.toInstant() : null;
	}

}
