package com.aibackend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The jar's command line: an unknown command is refused with the usage and a non-zero
 * exit, never mistaken for a start of the server.
 */
class CommandLineTest {

	@Test
	void anUnknownCommandExitsWithTheUsage() throws Exception {
		String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
		Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				AiBackendApplication.class.getName(), "nonsense")
			.redirectErrorStream(true)
			.start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.exitValue()).isEqualTo(2);
		assertThat(output).contains("Unknown command 'nonsense'", "Usage: java -jar ai-backend.jar")
			.doesNotContain("Started AiBackendApplication");
	}

}
