package com.aibackend.bot.triage;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.aibackend.shared.InvalidRequestException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Agents' triage decisions, for review and as new training data. */
@RestController
@RequestMapping("/api/triage-decisions")
public class TriageController {

	private static final Map<String, Function<TriageDecision, String>> LABELS = Map.of("service",
			TriageDecision::getService, "intent", TriageDecision::getIntent, "priority", TriageDecision::getPriority);

	private final TriageDecisionRepository decisions;

	TriageController(TriageDecisionRepository decisions) {
		this.decisions = decisions;
	}

	@GetMapping
	@Transactional(readOnly = true)
	List<DecisionView> list() {
		return this.decisions.findAllByOrderByDecidedAtAscIdAsc().stream().map(DecisionView::of).toList();
	}

	/**
	 * The decisions as a labelled CSV ({@code text,label}) the evaluate command and the
	 * bot can learn from.
	 */
	@GetMapping(value = "/training-data.csv", produces = "text/csv")
	@Transactional(readOnly = true)
	String trainingData(@RequestParam(defaultValue = "service") String label) {
		Function<TriageDecision, String> labelOf = LABELS.get(label);
		if (labelOf == null) {
			throw new InvalidRequestException("label must be one of " + LABELS.keySet());
		}
		StringWriter csv = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180.builder().setHeader("text", "label").get())) {
			for (TriageDecision decision : this.decisions.findAllByOrderByDecidedAtAscIdAsc()) {
				if (labelOf.apply(decision) != null) {
					printer.printRecord(decision.getText(), labelOf.apply(decision));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return csv.toString();
	}

	record DecisionView(String id, String conversationId, String text, String language, String botService,
			Double botConfidence, String intent, String service, String priority, String decidedBy, Instant decidedAt) {

		static DecisionView of(TriageDecision d) {
			return new DecisionView(d.getId(), d.getConversationId(), d.getText(), d.getLanguage(), d.getBotService(),
					d.getBotConfidence(), d.getIntent(), d.getService(), d.getPriority(), d.getDecidedBy(),
					d.getDecidedAt());
		}

	}

}
