package com.aibackend.intake.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.aibackend.conversation.Conversation;
import com.aibackend.conversation.Conversations;
import com.aibackend.intake.internal.Inbox.InboundDelivery;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Routes stored deliveries, each in its own transaction: those acknowledged by a webhook
 * on one thread after their commit, in the order they came, so a customer's quick
 * messages stay in order; a REST request's at once, on its own thread. A sweep routes
 * what a crashed node (or a failed attempt) left, so nothing acknowledged is lost.
 */
@Component
public class InboxDispatcher {

	private static final Logger log = LoggerFactory.getLogger(InboxDispatcher.class);

	/** Attempts before a delivery is left with its failure for an operator. */
	static final int ATTEMPTS = 5;

	private final Inbox inbox;

	private final MessageRouting routing;

	private final Conversations conversations;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final IntakeProperties properties;

	private final ExecutorService lane = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "inbox");
		thread.setDaemon(true);
		return thread;
	});

	InboxDispatcher(Inbox inbox, MessageRouting routing, Conversations conversations, TransactionTemplate transaction,
			Clock clock, IntakeProperties properties) {
		this.properties = properties;
		this.inbox = inbox;
		this.routing = routing;
		this.conversations = conversations;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** Routes a delivery after the current transaction commits (or now, if none). */
	public void routeLater(String deliveryId) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					queue(deliveryId);
				}
			});
		}
		else {
			queue(deliveryId);
		}
	}

	/**
	 * Routes a delivery on the caller's thread and returns its conversation; if another
	 * thread or node routed it already, returns the conversation it went to.
	 */
	public Conversation routeNow(String deliveryId) {
		Optional<String> routed = attempt(deliveryId, true);
		return this.conversations.get(routed.or(() -> this.inbox.conversationOf(deliveryId))
			.orElseThrow(() -> new IllegalStateException("Delivery " + deliveryId + " could not be routed")));
	}

	/** Routes deliveries their node left behind, oldest first. */
	@Scheduled(initialDelayString = "PT5S", fixedDelayString = "${aibackend.intake.inbox-sweep-every}")
	public void sweep() {
		List<InboundDelivery> left;
		try {
			left = this.inbox.unrouted(this.clock.instant().minus(this.properties.inboxGrace()), 100);
		}
		catch (DataAccessException ex) {
			log.warn("Inbox sweep skipped, the next one tries again: {}",
					NestedExceptionUtils.getMostSpecificCause(ex).toString());
			return;
		}
		for (InboundDelivery delivery : left) {
			attempt(delivery.id(), false);
		}
	}

	private void queue(String deliveryId) {
		try {
			this.lane.execute(() -> attempt(deliveryId, false));
		}
		catch (RuntimeException ex) {
			// Shutting down: the sweep of the next start routes it.
			log.debug("Delivery {} left for the sweep: {}", deliveryId, ex.getMessage());
		}
	}

	private Optional<String> attempt(String deliveryId, boolean rethrow) {
		try {
			return Optional.ofNullable(this.transaction.execute((status) -> this.inbox.unrouted(deliveryId)
				.filter((delivery) -> this.inbox.claim(deliveryId))
				.map((delivery) -> {
					String conversationId = this.routing.route(delivery).getId();
					this.inbox.routedTo(deliveryId, conversationId);
					return conversationId;
				})
				.orElse(null)));
		}
		catch (RuntimeException ex) {
			String reason = NestedExceptionUtils.getMostSpecificCause(ex).toString();
			int attempts;
			try {
				attempts = this.inbox.failed(deliveryId, reason, ATTEMPTS);
			}
			catch (RuntimeException unrecorded) {
				// The database itself is away: the delivery stays as stored, and the
				// sweep
				// routes it when the database is back.
				log.warn("Routing delivery {} failed and could not be recorded; the sweep tries again: {}", deliveryId,
						reason);
				if (rethrow) {
					throw ex;
				}
				return Optional.empty();
			}
			if (attempts >= ATTEMPTS) {
				log.error("Gave up routing delivery {} after {} attempts; it stays in inbound_delivery: {}", deliveryId,
						attempts, reason);
			}
			else {
				log.warn("Routing delivery {} failed (attempt {} of {}), the sweep tries again: {}", deliveryId,
						attempts, ATTEMPTS, reason);
			}
			if (rethrow) {
				throw ex;
			}
			return Optional.empty();
		}
	}

	@PreDestroy
	void stop() throws InterruptedException {
		this.lane.shutdown();
		this.lane.awaitTermination(10, TimeUnit.SECONDS);
	}

}
