package com.aibackend.ticket;

import static com.aibackend.process.TicketIntakeProcess.Var.CANNED_RESPONSES;
import static com.aibackend.process.TicketIntakeProcess.Var.COMPLETED_BY;
import static com.aibackend.process.TicketIntakeProcess.Var.CONSULTANT;
import static com.aibackend.process.TicketIntakeProcess.Var.REPLY_ID;
import static com.aibackend.process.TicketIntakeProcess.Var.RESOLUTION;
import static com.aibackend.process.TicketIntakeProcess.Var.TICKET_CLOSED;
import static com.aibackend.process.TicketIntakeProcess.Var.TICKET_ID;
import static com.aibackend.process.TicketIntakeProcess.Var.TICKET_STATUS;
import static org.camunda.spin.Spin.JSON;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.aibackend.canned.CannedResponses;
import com.aibackend.conversation.Conversations;
import com.aibackend.shared.ConflictException;
import com.aibackend.shared.FormSubmission;
import com.aibackend.shared.InvalidRequestException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;

import org.springframework.stereotype.Component;

/**
 * Backs the "Work on TCK-…" task: fills its form from the ticket (timeline, comments,
 * canned responses), turns a claim into In Progress, and on completion stores the
 * internal note and the reply (which the process sends next) and applies the status
 * chosen.
 */
@Component("workOnTicketTaskListener")
class WorkOnTicketTaskListener implements TaskListener {

	/**
	 * Set when the task was unclaimed, so the next assignment is a claim, not the initial
	 * one.
	 */
	static final String UNCLAIMED = "unclaimed";

	/** Form keys; never the name of a process variable (see {@link FormSubmission}). */
	static final String REPLY = "reply";

	static final String CANNED_RESPONSE = "cannedResponse";

	static final String INTERNAL_NOTE = "internalNote";

	private final TicketService tickets;

	private final Tickets ticketQueries;

	private final TicketReplies replies;

	private final WorkTaskView view;

	private final CannedResponses canned;

	private final Conversations conversations;

	WorkOnTicketTaskListener(TicketService tickets, Tickets ticketQueries, TicketReplies replies, WorkTaskView view,
			CannedResponses canned, Conversations conversations) {
		this.tickets = tickets;
		this.ticketQueries = ticketQueries;
		this.replies = replies;
		this.view = view;
		this.canned = canned;
		this.conversations = conversations;
	}

	@Override
	public void notify(DelegateTask task) {
		String reference = (String) task.getVariable(TICKET_ID);
		switch (task.getEventName()) {
			case EVENTNAME_CREATE -> prefill(task, this.ticketQueries.get(reference));
			case EVENTNAME_ASSIGNMENT -> {
				this.tickets.changeConsultant(reference, task.getAssignee(), actor(task));
				// The next round of the task (after a reply) goes to whoever works it
				// now.
				task.getExecution().setVariable(CONSULTANT, task.getAssignee());
				if (task.getAssignee() == null) {
					task.setVariableLocal(UNCLAIMED, true);
				}
				else if (Boolean.TRUE.equals(task.getVariableLocal(UNCLAIMED))) {
					this.tickets.startWork(reference, actor(task));
					task.setVariableLocal(UNCLAIMED, false);
					task.setVariableLocal(TICKET_STATUS, TicketStatus.IN_PROGRESS.name());
				}
			}
			case EVENTNAME_COMPLETE -> complete(task, reference);
			default -> {
			}
		}
	}

	/** The Tasklist user who did it, or nobody when the process itself did. */
	private static String actor(DelegateTask task) {
		var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		return (authentication != null) ? authentication.getUserId() : null;
	}

	private void prefill(DelegateTask task, Ticket ticket) {
		task.setVariableLocal("title", ticket.getTitle());
		task.setVariableLocal("description", ticket.getDescription());
		task.setVariableLocal("requesterName", ticket.getRequesterName());
		task.setVariableLocal("company", ticket.getCompany());
		task.setVariableLocal("contact", ticket.getContact());
		task.setVariableLocal(RESOLUTION, ticket.getResolution());
		task.setVariableLocal(REPLY, null);
		task.setVariableLocal(CANNED_RESPONSE, null);
		task.setVariableLocal(INTERNAL_NOTE, null);
		String language = this.conversations.get(ticket.getConversationId()).getLanguage();
		List<Map<String, String>> options = this.canned.list((language != null) ? language : "en")
			.stream()
			.map((response) -> Map.of("label", response.name() + ": " + response.text(), "value", response.name()))
			.toList();
		task.setVariableLocal(CANNED_RESPONSES, SpinValues.jsonValue(JSON(options)).create());
		this.view.fill(task, ticket);
	}

	private void complete(DelegateTask task, String reference) {
		if (task.getVariableLocal(COMPLETED_BY) != null) {
			// The ticket service closed the ticket and completed its task (an API or
			// connected help desk's change): nothing to apply back.
			return;
		}
		String chosen = FormSubmission.value(task, TICKET_STATUS);
		String resolution = FormSubmission.value(task, RESOLUTION);
		String reply = FormSubmission.value(task, REPLY);
		String cannedResponse = FormSubmission.value(task, CANNED_RESPONSE);
		String note = FormSubmission.value(task, INTERNAL_NOTE);
		TicketStatus next;
		try {
			next = TicketStatus.valueOf(String.valueOf(chosen).toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new BadUserRequestException("Unknown ticket status " + chosen);
		}
		try {
			// The reply is stored first: it is sent before a closing notice.
			String replyId = this.replies.draftFromTask(reference, reply, cannedResponse, note, actor(task));
			task.getExecution().setVariable(REPLY_ID, replyId);
			Ticket ticket = this.tickets.applyFromTask(reference, next, resolution, actor(task));
			task.getExecution().setVariable(TICKET_CLOSED, ticket.getStatus() == TicketStatus.CLOSED);
		}
		catch (ConflictException | InvalidRequestException ex) {
			// Shown to the consultant in Tasklist; the task stays open.
			throw new BadUserRequestException(ex.getMessage());
		}
	}

}
