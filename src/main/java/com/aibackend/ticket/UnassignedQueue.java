package com.aibackend.ticket;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

import com.aibackend.assignment.AssignmentStrategy;
import com.aibackend.assignment.ConsultantAssigner;
import com.aibackend.assignment.ConsultantAvailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tickets nobody could take wait in their pool's queue and are handed out oldest first as
 * soon as someone can take one: when a consultant comes back, gains capacity or closes a
 * ticket, when an out-of-office period ends (checked every minute) and after a restart.
 */
@Component
class UnassignedQueue {

	private static final Logger log = LoggerFactory.getLogger(UnassignedQueue.class);

	private final TicketRepository tickets;

	private final ConsultantAssigner assigner;

	private final WorkTask workTask;

	private final TransactionTemplate transaction;

	/** One hand-out pass at a time in this JVM; across nodes the assigner serialises. */
	private final ReentrantLock passing = new ReentrantLock();

	UnassignedQueue(TicketRepository tickets, ConsultantAssigner assigner, WorkTask workTask,
			PlatformTransactionManager transactions) {
		this.tickets = tickets;
		this.assigner = assigner;
		this.workTask = workTask;
		this.transaction = new TransactionTemplate(transactions);
		// Also after another transaction's commit, each hand-out commits on its own.
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void consultantAvailable(ConsultantAvailable event) {
		handOut();
	}

	@EventListener(ApplicationReadyEvent.class)
	void afterStart() {
		handOut();
	}

	@Scheduled(fixedDelayString = "${aibackend.assignment.queue-check:PT1M}", initialDelayString = "PT1M")
	void periodically() {
		handOut();
	}

	/** Hands out waiting tickets, oldest first, while their pools have someone free. */
	void handOut() {
		this.passing.lock();
		try {
			Set<String> full = new HashSet<>();
			for (Ticket waiting : this.tickets.findByStatusOrderByIdAsc(TicketStatus.UNASSIGNED)) {
				String pool = waiting.getAssignmentPool();
				if (pool == null || full.contains(pool)) {
					continue;
				}
				Boolean handedOut = this.transaction.execute((status) -> handOut(waiting.getReference(), pool));
				if (!Boolean.TRUE.equals(handedOut)) {
					full.add(pool);
				}
			}
		}
		finally {
			this.passing.unlock();
		}
	}

	private boolean handOut(String reference, String pool) {
		Ticket ticket = this.tickets.findById(TicketNumbers.numberOf(reference)).orElse(null);
		if (ticket == null || ticket.getStatus() != TicketStatus.UNASSIGNED || ticket.getProcessInstanceId() == null) {
			return true;
		}
		Optional<String> consultant = this.assigner.assignWaiting(pool, strategy(ticket));
		if (consultant.isEmpty()) {
			return false;
		}
		// The task's assignment listener moves the ticket to its consultant and to NEW.
		this.workTask.assign(ticket, consultant.get());
		log.info("{} handed out from the {} queue to {}", reference, pool, consultant.get());
		return true;
	}

	/**
	 * A STATIC rule's ticket waits for the pool: whoever has the least to do takes it.
	 */
	private AssignmentStrategy strategy(Ticket ticket) {
		AssignmentStrategy strategy = this.assigner.get(ticket.getAssignmentId()).strategy();
		return (strategy == AssignmentStrategy.STATIC) ? AssignmentStrategy.LEAST_LOADED : strategy;
	}

}
