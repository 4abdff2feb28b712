package com.aibackend.ticket;

import static com.aibackend.process.TicketIntakeProcess.Var.CUSTOMER_COMMENTS;
import static com.aibackend.process.TicketIntakeProcess.Var.CUSTOMER_NOT_REACHED;
import static com.aibackend.process.TicketIntakeProcess.Var.TICKET_STATUS;
import static com.aibackend.process.TicketIntakeProcess.Var.TIMELINE;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.aibackend.conversation.MessageState;
import com.aibackend.outbound.DeliveryChanged;
import com.aibackend.shared.Texts;
import jakarta.annotation.PreDestroy;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the consultant's "Work on" task shows of its ticket, kept current: the name
 * (number, customer, subject), the priority (the ticket's priority, raised by SLA trouble
 * and reopening), the timeline, the customer comments and the "customer not reached"
 * badge, which is also a process variable for Tasklist's filter.
 */
@Component
class WorkTaskView {

	private static final Logger log = LoggerFactory.getLogger(WorkTaskView.class);

	private static final int SUBJECT = 60;

	/**
	 * Delivery states change on job and webhook threads, inside the engine's own work:
	 * the task is brought up to date afterwards, on this thread, in its own transaction.
	 */
	private final ExecutorService deliveries = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "ticket-view");
		thread.setDaemon(true);
		return thread;
	});

	private final WorkTask workTask;

	private final TicketTimeline timeline;

	private final CustomerComments comments;

	private final TicketRepository tickets;

	private final TransactionTemplate transaction;

	WorkTaskView(WorkTask workTask, TicketTimeline timeline, CustomerComments comments, TicketRepository tickets,
			PlatformTransactionManager transactionManager) {
		this.tickets = tickets;
		this.transaction = new TransactionTemplate(transactionManager);
		this.workTask = workTask;
		this.timeline = timeline;
		this.comments = comments;
	}

	/** Fills a task that is being created. */
	void fill(DelegateTask task, Ticket ticket) {
		TicketTimeline.Snapshot snapshot = this.timeline.snapshot(ticket);
		task.setName(name(ticket));
		task.setPriority(priority(ticket, snapshot.customerWaiting()));
		task.setVariablesLocal(variables(ticket, snapshot));
		task.getExecution().setVariable(CUSTOMER_NOT_REACHED, snapshot.customerNotReached());
	}

	@EventListener
	void stale(TicketViewStale event) {
		Long number = TicketNumbers.numberOf(event.reference());
		if (number != null) {
			this.tickets.findById(number).ifPresent(this::refresh);
		}
	}

	/**
	 * An answer failed for good, or one went out after a failure: the badge and the
	 * "Customer not reached" filter follow. Other delivery states leave the task alone
	 * (the ticket page and the API show them live), so that reports arriving while a
	 * consultant completes the task never contend with it.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void delivery(DeliveryChanged event) {
		if (event.state() != MessageState.FAILED && event.state() != MessageState.SENT) {
			return;
		}
		this.deliveries.execute(() -> {
			try {
				this.transaction.executeWithoutResult(
						(status) -> this.tickets.findFirstByConversationIdOrderByIdDesc(event.conversationId())
							.filter((ticket) -> ticket.getStatus() != TicketStatus.CLOSED)
							.filter((ticket) -> event.state() == MessageState.FAILED || wasNotReached(ticket))
							.ifPresent(this::refresh));
			}
			catch (OptimisticLockingException ex) {
				// The task was completed meanwhile; its next round is filled afresh.
				log.debug("Task of conversation {} changed while its view was refreshed", event.conversationId());
			}
		});
	}

	private boolean wasNotReached(Ticket ticket) {
		return this.workTask.processHas(ticket, CUSTOMER_NOT_REACHED, true);
	}

	@PreDestroy
	void stop() {
		this.deliveries.shutdown();
	}

	/** Brings the ticket's open task, if it has one, up to date. */
	void refresh(Ticket ticket) {
		TicketTimeline.Snapshot snapshot = this.timeline.snapshot(ticket);
		this.workTask.show(ticket, name(ticket), priority(ticket, snapshot.customerWaiting()),
				variables(ticket, snapshot), Map.of(CUSTOMER_NOT_REACHED, snapshot.customerNotReached()));
	}

	private Map<String, Object> variables(Ticket ticket, TicketTimeline.Snapshot snapshot) {
		return Map.of(TIMELINE, snapshot.rendered(), CUSTOMER_COMMENTS, this.comments.rendered(ticket), TICKET_STATUS,
				ticket.getStatus().name(), CUSTOMER_NOT_REACHED, snapshot.customerNotReached());
	}

	/** "Work on TCK-000042 · Tom Baker · Printer jams on every page". */
	static String name(Ticket ticket) {
		String customer = (ticket.getRequesterName() != null) ? ticket.getRequesterName()
				: (ticket.getContact() != null) ? ticket.getContact() : "customer";
		return "Work on %s · %s · %s".formatted(ticket.getReference(), customer, subject(ticket.getTitle()));
	}

	/**
	 * Tasklist sorts by priority: HIGH (80) above MEDIUM (50) above LOW (20); within a
	 * band a breached first response adds 10, a reopened ticket 5 and a customer waiting
	 * for an answer to their follow-up 5.
	 */
	static int priority(Ticket ticket, boolean customerWaiting) {
		int base = switch (String.valueOf(ticket.getPriority())) {
			case "HIGH" -> 80;
			case "LOW" -> 20;
			default -> 50;
		};
		return base + ((ticket.getFirstResponseBreachedAt() != null) ? 10 : 0)
				+ ((ticket.getStatus() == TicketStatus.REOPENED) ? 5 : 0) + (customerWaiting ? 5 : 0);
	}

	/** The title up to a word boundary. */
	static String subject(String title) {
		if (title == null || title.isBlank()) {
			return "(no subject)";
		}
		return Texts.shortened(title, SUBJECT);
	}

}
