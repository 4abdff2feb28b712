package com.aibackend;

import java.util.Arrays;

import com.aibackend.benchmark.Bench;
import com.aibackend.benchmark.FaultRuns;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AiBackendApplication {

	public static void main(String[] args) throws Exception {
		if (args.length > 0 && "bench".equals(args[0])) {
			Bench.main(AiBackendApplication.class, Arrays.copyOfRange(args, 1, args.length));
			return;
		}
		if (args.length > 0 && ("crash".equals(args[0]) || "cluster".equals(args[0]))) {
			FaultRuns.main(args[0], Arrays.copyOfRange(args, 1, args.length));
			return;
		}
		SpringApplication.run(AiBackendApplication.class, args);
	}

}
