package com.aibackend.bot.evaluation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.loader.jarmode.JarMode;

/**
 * The bot's offline measurements as jar modes of the application's jar — {@code java
 * -Djarmode=evaluate -jar ai-backend.jar …} and likewise {@code evaluate-extraction},
 * {@code evaluate-dialogue} — so they run without the server and stay off its start path.
 */
public class EvaluationCommands implements JarMode {

	private static final Map<String, Function<List<String>, Integer>> COMMANDS = Map.of("evaluate",
			(args) -> ClassifierEvaluation.run(args, System.out, System.err), "evaluate-extraction",
			(args) -> ExtractionEvaluation.run(args, System.out, System.err), "evaluate-dialogue",
			(args) -> DialogueEvaluation.run(args, System.out, System.err));

	@Override
	public boolean accepts(String mode) {
		return COMMANDS.containsKey(mode);
	}

	@Override
	public void run(String mode, String[] args) {
		// A command's output is its report: libraries only speak up on errors.
		((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.ERROR);
		int status = COMMANDS.get(mode).apply(List.of(args));
		if (status != 0) {
			System.exit(status);
		}
	}

}
