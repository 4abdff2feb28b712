package com.aibackend;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.aibackend.bot.ClassifierEvaluation;
import com.aibackend.bot.DialogueEvaluation;
import com.aibackend.bot.ExtractionEvaluation;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AiBackendApplication {

	public static void main(String[] args) {
		// Offline commands run without starting the server.
		if (args.length > 0 && "evaluate".equals(args[0])) {
			quietLogging();
			System.exit(ClassifierEvaluation.run(List.of(args).subList(1, args.length), System.out, System.err));
		}
		if (args.length > 0 && "evaluate-extraction".equals(args[0])) {
			quietLogging();
			System.exit(ExtractionEvaluation.run(List.of(args).subList(1, args.length), System.out, System.err));
		}
		if (args.length > 0 && "evaluate-dialogue".equals(args[0])) {
			quietLogging();
			System.exit(DialogueEvaluation.run(List.of(args).subList(1, args.length), System.out, System.err));
		}
		SpringApplication.run(AiBackendApplication.class, args);
	}

	/** A command's output is its report: libraries only speak up on errors. */
	private static void quietLogging() {
		Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		root.setLevel(Level.ERROR);
	}

}
