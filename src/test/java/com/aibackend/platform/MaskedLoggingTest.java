package com.aibackend.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.aibackend.ProcessTestConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The application's logging configuration masks personal data in messages and traces. */
@ProcessTestConfiguration
@ExtendWith(OutputCaptureExtension.class)
class MaskedLoggingTest {

	@Test
	void theLogShowsNeitherAddressesNorNumbers(CapturedOutput output) {
		IllegalStateException failure = new IllegalStateException("Recipient +62 812 3456 7890 unreachable");
		// The trace's text is what is masked; its frames would only fill the build log.
		failure.setStackTrace(new StackTraceElement[0]);
		LoggerFactory.getLogger(MaskedLoggingTest.class).warn("Delivery to carla.rossi@example.com failed", failure);

		assertThat(output).contains("Delivery to c***@example.com failed")
			.contains("Recipient ***90 unreachable")
			.doesNotContain("carla.rossi@")
			.doesNotContain("3456 7890");
	}

}
