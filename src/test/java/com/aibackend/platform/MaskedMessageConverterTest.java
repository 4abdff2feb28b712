package com.aibackend.platform;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;

/**
 * Log lines mask customers' addresses, but not the texts we publish ourselves (the demo
 * logins printed at start, which the README lists).
 */
class MaskedMessageConverterTest {

	private final MaskedMessageConverter converter = new MaskedMessageConverter();

	private final ch.qos.logback.classic.Logger logger = new LoggerContext().getLogger("test");

	@Test
	void customersAddressesAreMasked() {
		LoggingEvent event = new LoggingEvent("test", this.logger, Level.WARN, "Mail to jane.doe@acme.com failed", null,
				null);
		assertThat(this.converter.convert(event)).isEqualTo("Mail to j***@acme.com failed");
	}

	@Test
	void publishedTextsAreShownAsWritten() {
		LoggingEvent event = new LoggingEvent("test", this.logger, Level.WARN, "Demo: agent@example.com/agent123", null,
				null);
		event.addMarker(MaskedMessageConverter.PUBLISHED);
		assertThat(this.converter.convert(event)).isEqualTo("Demo: agent@example.com/agent123");
	}

}
