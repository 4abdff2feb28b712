package com.aibackend.bot.triage;

import static com.aibackend.process.TicketIntakeProcess.Var.READING_ID;
import static com.aibackend.process.TicketIntakeProcess.Var.CONVERSATION_ID;
import static com.aibackend.process.TicketIntakeProcess.Var.INTENT;

import java.time.Clock;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.aibackend.bot.Bot;
import com.aibackend.bot.ProcessVariables;
import com.aibackend.bot.TaskCards;
import com.aibackend.bot.model.TextPrediction;
import com.aibackend.conversation.Conversation;
import com.aibackend.conversation.Conversations;
import com.aibackend.conversation.Readings;
import com.aibackend.conversation.Understanding;
import com.aibackend.shared.Audited;
import com.aibackend.shared.FormSubmission;
import com.aibackend.shared.InvalidRequestException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Backs the "Triage message" form: starts from the bot's guesses and stores what the
 * agent picked.
 */
@Component("triageMessageTaskListener")
public class TriageMessageTaskListener implements TaskListener {

	/** Form keys; never the name of a process variable (see {@link FormSubmission}). */
	static final String INTENT_CHOICE = "intentChoice";

	static final String SERVICE_CHOICE = "serviceChoice";

	static final String PRIORITY_CHOICE = "priorityChoice";

	/** The form's intent for "not a request": the process ends it quietly. */
	static final String DISMISS = "DISMISS";

	static final String DISMISSED = "DISMISSED";

	private final Conversations conversations;

	private final Readings readings;

	private final Bot bot;

	private final TriageDecisions decisions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TriageMessageTaskListener(Conversations conversations, Readings readings, Bot bot, TriageDecisions decisions,
			ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.clock = clock;
		this.decisions = decisions;
		this.conversations = conversations;
		this.readings = readings;
		this.bot = bot;
	}

	@Override
	public void notify(DelegateTask task) {
		String conversationId = (String) task.getVariable(CONVERSATION_ID);
		if (EVENTNAME_CREATE.equals(task.getEventName())) {
			Conversation conversation = this.conversations.get(conversationId);
			Understanding understanding = this.readings.understanding((String) task.getVariable(READING_ID));
			TextPrediction guess = this.bot.serviceGuess(conversationId);
			task.setVariableLocal(INTENT_CHOICE, understanding.intent());
			// Below the bot's own threshold the agent decides; a pre-selected guess would
			// be
			// confirmed with one click.
			boolean confident = this.bot.isConfident(guess);
			task.setVariableLocal(SERVICE_CHOICE, confident ? guess.label() : null);
			task.setVariableLocal(PRIORITY_CHOICE, understanding.priority());
			task.setVariableLocal("botGuess", "%s (confidence %.2f%s)".formatted(this.bot.serviceName(guess.label()),
					guess.confidence(), confident ? "" : ", below the threshold: not pre-selected"));
			task.setVariableLocal("customer", customer(conversation, understanding));
			String messages = this.conversations.inboundTextOfCurrentRound(conversationId, "\n---\n");
			task.setVariableLocal("customerMessages", messages);
			TaskCards.label(task, "Triage", conversation, understanding, messages);
			TaskCards.serviceOptions(task, this.bot.catalogue());
		}
		else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
			String intent = FormSubmission.value(task, INTENT_CHOICE);
			if (DISMISS.equals(intent)) {
				FormSubmission.value(task, SERVICE_CHOICE);
				FormSubmission.value(task, PRIORITY_CHOICE);
				task.getExecution().setVariable(INTENT, DISMISSED);
				this.events.publishEvent(new Audited((task.getAssignee() != null) ? task.getAssignee() : Audited.SYSTEM,
						"Conversation", conversationId, "dismissed", "not a request", this.clock.instant()));
				return;
			}
			String service = FormSubmission.value(task, SERVICE_CHOICE);
			if ("NEW_REQUEST".equals(intent) && service == null) {
				throw new BadUserRequestException("Choose the service this request is about: a new request "
						+ "needs one. If it is no request at all, choose \"Dismiss\" as the intent.");
			}
			try {
				ProcessVariables.write(task.getExecution(),
						this.decisions.decide(conversationId, (String) task.getVariable(READING_ID), intent, service,
								FormSubmission.value(task, PRIORITY_CHOICE), task.getAssignee()));
			}
			catch (InvalidRequestException | IllegalArgumentException ex) {
				throw new BadUserRequestException(ex.getMessage());
			}
		}
	}

	/** Who wrote: name, company and how to reach them, as far as the bot found them. */
	private static String customer(Conversation conversation, Understanding understanding) {
		return Stream
			.of(understanding.requesterName(), understanding.company(),
					(understanding.contact() != null) ? understanding.contact() : conversation.getSenderAddress(),
					conversation.getChannel().name())
			.filter((part) -> part != null && !part.isBlank())
			.collect(Collectors.joining(" · "));
	}

}
