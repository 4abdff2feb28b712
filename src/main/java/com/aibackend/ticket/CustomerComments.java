package com.aibackend.ticket;

import static com.aibackend.process.TicketIntakeProcess.TASK_WORK_ON_TICKET;
import static com.aibackend.process.TicketIntakeProcess.Var.CUSTOMER_COMMENTS;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.aibackend.conversation.CustomerCommented;
import org.camunda.bpm.engine.TaskService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What customers write while their ticket is open ("thanks, it works now" must neither be
 * lost nor close the ticket). Comments are rows of {@code ticket_comment}; the
 * consultant's "Work on" task shows them, rendered from there into a variable of that
 * task alone.
 */
@Component
public class CustomerComments {

	private final TicketRepository tickets;

	private final TicketCommentRepository comments;

	private final TaskService taskService;

	private final ApplicationEventPublisher events;

	CustomerComments(TicketRepository tickets, TicketCommentRepository comments, TaskService taskService,
			ApplicationEventPublisher events) {
		this.events = events;
		this.tickets = tickets;
		this.comments = comments;
		this.taskService = taskService;
	}

	/** Published in the transaction that stores the customer's message. */
	@EventListener
	@Transactional
	public void add(CustomerCommented comment) {
		Optional.ofNullable(Ticket.numberOf(comment.ticketId()))
			.flatMap(this.tickets::findById)
			.filter((ticket) -> ticket.getStatus() != TicketStatus.CLOSED)
			.ifPresent((ticket) -> {
				TicketComment saved = this.comments
					.save(new TicketComment(ticket.getId(), comment.conversationId(), comment.text(), comment.at()));
				showInTask(ticket);
				this.events.publishEvent(
						new TicketChanged(ticket.getReference(), TicketChanged.Change.COMMENTED, null, saved.getId()));
			});
	}

	/** A comment's text. */
	@Transactional(readOnly = true)
	public String text(String commentId) {
		return this.comments.findById(commentId)
			.map(TicketComment::getText)
			.orElseThrow(() -> new IllegalStateException("No comment " + commentId));
	}

	@Transactional(readOnly = true)
	List<TicketComment> of(Ticket ticket) {
		return this.comments.findByTicketIdOrderByCreatedAtAscIdAsc(ticket.getId());
	}

	/** The comments as the consultant's form shows them, oldest first. */
	@Transactional(readOnly = true)
	String rendered(Ticket ticket) {
		return of(ticket).stream()
			.map((comment) -> "[%s] %s".formatted(comment.getCreatedAt().truncatedTo(ChronoUnit.SECONDS),
					comment.getText()))
			.collect(Collectors.joining("\n\n"));
	}

	private void showInTask(Ticket ticket) {
		if (ticket.getProcessInstanceId() == null) {
			return;
		}
		this.taskService.createTaskQuery()
			.processInstanceId(ticket.getProcessInstanceId())
			.taskDefinitionKey(TASK_WORK_ON_TICKET)
			.list()
			.forEach((task) -> this.taskService.setVariableLocal(task.getId(), CUSTOMER_COMMENTS, rendered(ticket)));
	}

}
