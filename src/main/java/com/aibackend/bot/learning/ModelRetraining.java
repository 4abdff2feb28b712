package com.aibackend.bot.learning;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.aibackend.bot.BotProperties;
import com.aibackend.bot.Intent;
import com.aibackend.bot.model.LabelledText;
import com.aibackend.bot.model.ServiceModel;
import com.aibackend.bot.triage.TriageDecided;
import com.aibackend.bot.triage.TriageDecisionRepository;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Retrains the service model in the background from the shipped examples plus every
 * agent's triage decision: at start, after every {@code retrain-after-decisions} new
 * decisions, and when an admin asks. One training runs at a time on its own thread;
 * requests while one runs are folded into the next.
 */
@Component
public class ModelRetraining {

	private static final Logger log = LoggerFactory.getLogger(ModelRetraining.class);

	private final ServiceModel model;

	private final TriageDecisionRepository decisions;

	private final int retrainAfter;

	private final ExecutorService executor = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "bot-retraining");
		thread.setDaemon(true);
		thread.setPriority(Thread.MIN_PRIORITY);
		return thread;
	});

	private final AtomicInteger newDecisions = new AtomicInteger();

	private final AtomicBoolean queued = new AtomicBoolean();

	private final AtomicBoolean running = new AtomicBoolean();

	ModelRetraining(ServiceModel model, TriageDecisionRepository decisions, BotProperties properties) {
		this.model = model;
		this.decisions = decisions;
		this.retrainAfter = properties.training().retrainAfterDecisions();
	}

	/** At start: learn what agents decided before, and measure the model. */
	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		request();
	}

	@TransactionalEventListener
	void decided(TriageDecided decision) {
		if (this.retrainAfter > 0 && this.newDecisions.incrementAndGet() >= this.retrainAfter) {
			request();
		}
	}

	/**
	 * Queues a retraining unless one is queued already.
	 * @return whether a new training was queued
	 */
	boolean request() {
		if (!this.queued.compareAndSet(false, true)) {
			return false;
		}
		this.executor.execute(this::retrain);
		return true;
	}

	boolean isRetraining() {
		return this.queued.get() || this.running.get();
	}

	private void retrain() {
		this.running.set(true);
		this.queued.set(false);
		this.newDecisions.set(0);
		try {
			List<LabelledText> examples = this.decisions.findAllByOrderByDecidedAtAscIdAsc()
				.stream()
				.filter((decision) -> Intent.NEW_REQUEST.name().equals(decision.getIntent())
						&& decision.getService() != null)
				.map((decision) -> new LabelledText(decision.getText(), decision.getService()))
				.toList();
			ServiceModel.Version version = this.model.retrain(examples);
			log.info(
					"Service model version {} trained on {} examples ({} agents' decisions), cross-validated accuracy {}",
					version.number(), version.examples(), version.agentDecisions(), version.crossValidatedAccuracy());
		}
		catch (RuntimeException ex) {
			log.error("Retraining the service model failed; the running model stays in place", ex);
		}
		finally {
			this.running.set(false);
		}
	}

	@PreDestroy
	void stop() {
		this.executor.shutdownNow();
	}

}
