package com.aibackend.shared;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The log message with e-mail addresses and phone numbers masked (logback-spring.xml).
 */
public class MaskedMessageConverter extends MessageConverter {

	@Override
	public String convert(ILoggingEvent event) {
		return PersonalDataMasking.mask(super.convert(event));
	}

}
