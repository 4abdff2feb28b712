package com.aibackend;

import java.util.List;

import com.aibackend.bot.ClassifierEvaluation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AiBackendApplication {

	public static void main(String[] args) {
		// Offline commands run without starting the server.
		if (args.length > 0 && "evaluate".equals(args[0])) {
			System.exit(ClassifierEvaluation.run(List.of(args).subList(1, args.length), System.out, System.err));
		}
		SpringApplication.run(AiBackendApplication.class, args);
	}

}
