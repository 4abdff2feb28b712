package com.aibackend;

import javax.xml.datatype.DatatypeFactory;

import com.aibackend.platform.HealthProbe;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AiBackendApplication {

	public static void main(String[] args) {
		// The engine makes a DatatypeFactory for every job it creates (to read the retry
		// cycle); naming the JDK's own spares a scan of the whole class path each time
		// (measured: 3 % of the busy threads' time under load, README Performance).
		if (System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY) == null) {
			System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY,
					DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
		}
		// A first argument that is no option names a command; an unknown one is refused,
		// never mistaken for a start of the server.
		String command = (args.length > 0 && !args[0].startsWith("-")) ? args[0] : "";
		switch (command) {
			case "" -> SpringApplication.run(AiBackendApplication.class, args);
			case "health" -> System.exit(HealthProbe.check(System.getenv().getOrDefault("SERVER_PORT", "8080")));
			default -> {
				System.err.println(USAGE.formatted(command));
				System.exit(2);
			}
		}
	}

	private static final String USAGE = """
			Unknown command '%s'.
			Usage: java -jar ai-backend.jar [--setting=value ...]   run the application
			       java -jar ai-backend.jar health                  exit 0 when the running application is healthy
			The benchmark, the fault runs and the bot's evaluations are development tools, run from the
			source tree (docs/developers.md): ./mvnw -q spring-boot:test-run@tools -Dspring-boot.run.arguments=COMMAND""";

}
