package com.aibackend.ticket;

import static com.aibackend.process.TicketIntakeProcess.Var.CUSTOMER_COMMENTS;
import static com.aibackend.process.TicketIntakeProcess.Var.RESOLUTION;
import static com.aibackend.process.TicketIntakeProcess.Var.TICKET_CLOSED;
import static com.aibackend.process.TicketIntakeProcess.Var.TICKET_ID;
import static com.aibackend.process.TicketIntakeProcess.Var.TICKET_STATUS;

import java.util.Locale;

import com.aibackend.shared.ConflictException;
import com.aibackend.shared.FormSubmission;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

/**
 * Backs the "Work on TCK-…" task: fills its form from the ticket, turns a claim into In
 * Progress and applies the status chosen when the form is completed.
 */
@Component("workOnTicketTaskListener")
class WorkOnTicketTaskListener implements TaskListener {

	/**
	 * Set when the task was unclaimed, so the next assignment is a claim, not the initial
	 * one.
	 */
	static final String UNCLAIMED = "unclaimed";

	private final TicketService tickets;

	private final CustomerComments comments;

	WorkOnTicketTaskListener(TicketService tickets, CustomerComments comments) {
		this.tickets = tickets;
		this.comments = comments;
	}

	@Override
	public void notify(DelegateTask task) {
		String reference = (String) task.getVariable(TICKET_ID);
		switch (task.getEventName()) {
			case EVENTNAME_CREATE -> prefill(task, this.tickets.get(reference));
			case EVENTNAME_ASSIGNMENT -> {
				this.tickets.changeConsultant(reference, task.getAssignee(), actor(task));
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
		task.setVariableLocal(TICKET_STATUS, ticket.getStatus().name());
		task.setVariableLocal(RESOLUTION, ticket.getResolution());
		task.setVariableLocal(CUSTOMER_COMMENTS, this.comments.rendered(ticket));
	}

	private void complete(DelegateTask task, String reference) {
		String chosen = FormSubmission.value(task, TICKET_STATUS);
		String resolution = FormSubmission.value(task, RESOLUTION);
		try {
			TicketStatus next = TicketStatus.valueOf(String.valueOf(chosen).toUpperCase(Locale.ROOT));
			Ticket ticket = this.tickets.applyFromTask(reference, next, resolution, actor(task));
			task.getExecution().setVariable(TICKET_CLOSED, ticket.getStatus() == TicketStatus.CLOSED);
		}
		catch (IllegalArgumentException | ConflictException ex) {
			// Shown to the consultant in Tasklist; the task stays open.
			throw new BadUserRequestException(
					(ex instanceof ConflictException) ? ex.getMessage() : "Unknown ticket status " + chosen);
		}
	}

}
