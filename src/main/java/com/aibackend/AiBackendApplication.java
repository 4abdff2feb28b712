package com.aibackend;

import java.util.Arrays;

import javax.xml.datatype.DatatypeFactory;

import com.aibackend.benchmark.Bench;
import com.aibackend.benchmark.FaultRuns;
import com.aibackend.benchmark.InsightsLoad;
import com.aibackend.platform.HealthProbe;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AiBackendApplication {

	public static void main(String[] args) throws Exception {
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
		String[] rest = (args.length > 0) ? Arrays.copyOfRange(args, 1, args.length) : args;
		switch (command) {
			case "" -> SpringApplication.run(AiBackendApplication.class, args);
			case "bench" -> Bench.main(AiBackendApplication.class, rest);
			case "crash", "cluster" -> FaultRuns.main(command, rest);
			case "insights-bench" -> InsightsLoad.main(AiBackendApplication.class, rest);
			case "health" -> System.exit(HealthProbe.check(System.getenv().getOrDefault("SERVER_PORT", "8080")));
			default -> {
				System.err.println(USAGE.formatted(command));
				System.exit(2);
			}
		}
	}

	private static final String USAGE = """
			Unknown command '%s'.
			Usage: java -jar ai-backend.jar [--setting=value ...]      run the application
			       java -jar ai-backend.jar bench [options]            load benchmark (docs/measurements.md)
			       java -jar ai-backend.jar crash|cluster [options]    fault runs (docs/operators.md)
			       java -jar ai-backend.jar insights-bench [options]   insights timing on generated tickets
			       java -jar ai-backend.jar health                     exit 0 when the running application is healthy
			       java -Djarmode=evaluate|evaluate-extraction|evaluate-dialogue -jar ai-backend.jar ...
			                                                           the bot's offline measurements (docs/measurements.md)""";

}
