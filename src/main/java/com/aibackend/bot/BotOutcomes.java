package com.aibackend.bot;

import java.util.Map;

import com.aibackend.process.TicketIntakeProcess;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import org.springframework.stereotype.Component;

/**
 * What the bot's readings led to, for operations (README, Metrics): the steps after the
 * process's gateways say it, so the model, not Java, decides what counts as what. Also
 * times each classification.
 */
@Component("botOutcomes")
public class BotOutcomes implements ExecutionListener {

	/** The first step of each path a reading can send a conversation on. */
	private static final Map<String, String> OUTCOMES = Map.of(TicketIntakeProcess.TASK_CREATE_PAYLOAD, "decided",
			TicketIntakeProcess.TASK_REQUEST_MISSING_INFO, "clarified", TicketIntakeProcess.TASK_ACKNOWLEDGE_TRIAGE,
			"triaged", TicketIntakeProcess.TASK_ANSWER_STATUS_INQUIRY, "answered",
			TicketIntakeProcess.TASK_ANSWER_OTHER, "answered");

	private final MeterRegistry meters;

	private final Timer classification;

	BotOutcomes(MeterRegistry meters) {
		this.meters = meters;
		this.classification = Timer.builder("aibackend.bot.classification")
			.description("Time the bot takes to read a conversation's round")
			.publishPercentileHistogram()
			.register(meters);
	}

	@Override
	public void notify(DelegateExecution execution) {
		String outcome = OUTCOMES.get(execution.getCurrentActivityId());
		if (outcome != null) {
			this.meters.counter("aibackend.bot.outcomes", "outcome", outcome).increment();
		}
	}

	Timer classification() {
		return this.classification;
	}

}
