package com.aibackend;

import java.util.Arrays;

import javax.xml.datatype.DatatypeFactory;

import com.aibackend.benchmark.Bench;
import com.aibackend.benchmark.FaultRuns;
import com.aibackend.benchmark.InsightsLoad;
import com.aibackend.shared.HealthProbe;

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
		if (args.length > 0 && "bench".equals(args[0])) {
			Bench.main(AiBackendApplication.class, Arrays.copyOfRange(args, 1, args.length));
			return;
		}
		if (args.length > 0 && ("crash".equals(args[0]) || "cluster".equals(args[0]))) {
			FaultRuns.main(args[0], Arrays.copyOfRange(args, 1, args.length));
			return;
		}
		if (args.length > 0 && "insights-bench".equals(args[0])) {
			InsightsLoad.main(AiBackendApplication.class, Arrays.copyOfRange(args, 1, args.length));
			return;
		}
		if (args.length > 0 && "health".equals(args[0])) {
			System.exit(HealthProbe.check(System.getenv().getOrDefault("SERVER_PORT", "8080")));
		}
		SpringApplication.run(AiBackendApplication.class, args);
	}

}
