package com.aibackend.bot.dialogue;

import static com.aibackend.process.TicketIntakeProcess.Var.CONVERSATION_ID;
import static com.aibackend.process.TicketIntakeProcess.Var.READING_ID;

import java.util.Locale;

import com.aibackend.bot.Bot;
import com.aibackend.bot.ProcessVariables;
import com.aibackend.bot.TaskCards;
import com.aibackend.conversation.Conversations;
import com.aibackend.conversation.Readings;
import com.aibackend.conversation.Request;
import com.aibackend.conversation.Understanding;
import com.aibackend.shared.FormSubmission;
import com.aibackend.shared.InvalidRequestException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

/**
 * Backs the "Complete missing information" form. On create it fills task-local variables
 * with what was understood; on complete it stores the agent's entries with the
 * conversation and tells the process whether the request is now complete.
 */
@Component("completeMissingInfoTaskListener")
public class CompleteMissingInfoTaskListener implements TaskListener {

	/** Form keys; never the name of a process variable (see {@link FormSubmission}). */
	static final String SERVICE_CHOICE = "serviceChoice";

	static final String PRIORITY_CHOICE = "priorityChoice";

	private final Conversations conversations;

	private final Readings readings;

	private final Bot bot;

	private final CustomerDialogue dialogue;

	CompleteMissingInfoTaskListener(Conversations conversations, Readings readings, Bot bot,
			CustomerDialogue dialogue) {
		this.conversations = conversations;
		this.readings = readings;
		this.bot = bot;
		this.dialogue = dialogue;
	}

	@Override
	public void notify(DelegateTask task) {
		String conversationId = (String) task.getVariable(CONVERSATION_ID);
		switch (task.getEventName()) {
			case EVENTNAME_CREATE -> prefill(task, conversationId, (String) task.getVariable(READING_ID));
			case EVENTNAME_COMPLETE -> apply(task, conversationId);
			default -> {
			}
		}
	}

	private void prefill(DelegateTask task, String conversationId, String readingId) {
		Understanding understanding = this.readings.understanding(readingId);
		task.setVariableLocal("requesterName", understanding.requesterName());
		task.setVariableLocal("company", understanding.company());
		task.setVariableLocal("contact", understanding.contact());
		task.setVariableLocal("description", understanding.description());
		task.setVariableLocal(SERVICE_CHOICE, understanding.service());
		task.setVariableLocal(PRIORITY_CHOICE, understanding.priority());
		task.setVariableLocal("missingSummary",
				this.dialogue.missingList(Locale.ENGLISH, understanding.missingFields()));
		String messages = this.conversations.inboundTextOfCurrentRound(conversationId, "\n---\n");
		task.setVariableLocal("customerMessages", messages);
		TaskCards.label(task, "Waiting for info", this.conversations.get(conversationId), understanding, messages);
		TaskCards.serviceOptions(task, this.bot.catalogue());
	}

	private void apply(DelegateTask task, String conversationId) {
		Request input = new Request(null, FormSubmission.value(task, "description"),
				FormSubmission.value(task, SERVICE_CHOICE), FormSubmission.value(task, PRIORITY_CHOICE), null,
				FormSubmission.value(task, "requesterName"), FormSubmission.value(task, "company"),
				FormSubmission.value(task, "contact"));
		try {
			ProcessVariables.write(task.getExecution(),
					this.bot.applyAgentInput((String) task.getVariable(READING_ID), input));
		}
		catch (InvalidRequestException | IllegalArgumentException ex) {
			throw new BadUserRequestException(ex.getMessage());
		}
	}

}
