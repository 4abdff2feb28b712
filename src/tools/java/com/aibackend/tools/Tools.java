package com.aibackend.tools;

import java.util.Arrays;
import java.util.List;

import javax.xml.datatype.DatatypeFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.aibackend.AiBackendApplication;
import com.aibackend.benchmark.Bench;
import com.aibackend.benchmark.FaultRuns;
import com.aibackend.benchmark.InsightsLoad;
import com.aibackend.bot.evaluation.ClassifierEvaluation;
import com.aibackend.bot.evaluation.DialogueEvaluation;
import com.aibackend.bot.evaluation.ExtractionEvaluation;
import com.aibackend.bot.evaluation.ThanksEvaluation;
import org.slf4j.LoggerFactory;

/**
 * The one runner of the development tools, which are not part of the application's jar:
 * {@code ./mvnw -q spring-boot:test-run@tools -Dspring-boot.run.arguments="COMMAND ..."}.
 */
public final class Tools {

	private static final String USAGE = """
			Usage: ./mvnw -q spring-boot:test-run@tools -Dspring-boot.run.arguments="COMMAND [options]"
			  bench [options]                load benchmark (docs/measurements.md)
			  crash|cluster [options]        fault runs (docs/operators.md)
			  insights-bench [options]       insights timing on generated tickets (docs/analysts.md)
			  evaluate [options]             the service classifier on labelled data (docs/measurements.md)
			  evaluate-extraction [options]  field extraction on annotated cases
			  evaluate-dialogue [options]    clarification dialogues on annotated cases
			  evaluate-thanks [options]      real requests taken for a mere thank-you""";

	private Tools() {
	}

	public static void main(String[] args) throws Exception {
		// As the application's own main does: spares a class-path scan per engine job.
		if (System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY) == null) {
			System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY,
					DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
		}
		String command = (args.length > 0) ? args[0] : "";
		String[] rest = (args.length > 0) ? Arrays.copyOfRange(args, 1, args.length) : args;
		int status = switch (command) {
			case "bench" -> {
				Bench.main(AiBackendApplication.class, rest);
				yield 0;
			}
			case "crash", "cluster" -> {
				FaultRuns.main(command, rest);
				yield 0;
			}
			case "insights-bench" -> {
				InsightsLoad.main(AiBackendApplication.class, rest);
				yield 0;
			}
			case "evaluate" -> report(() -> ClassifierEvaluation.run(List.of(rest), System.out, System.err));
			case "evaluate-extraction" ->
				report(() -> ExtractionEvaluation.run(List.of(rest), System.out, System.err));
			case "evaluate-dialogue" -> report(() -> DialogueEvaluation.run(List.of(rest), System.out, System.err));
			case "evaluate-thanks" -> report(() -> ThanksEvaluation.run(List.of(rest), System.out, System.err));
			default -> {
				System.err.println(command.isEmpty() ? USAGE : "Unknown command '" + command + "'.\n" + USAGE);
				yield 2;
			}
		};
		if (status != 0) {
			System.exit(status);
		}
	}

	/** An evaluation's output is its report: libraries only speak up on errors. */
	private static int report(java.util.function.IntSupplier evaluation) {
		((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.ERROR);
		return evaluation.getAsInt();
	}

}
