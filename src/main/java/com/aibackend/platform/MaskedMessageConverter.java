package com.aibackend.platform;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import org.slf4j.Marker;
import org.slf4j.MarkerFactory;

/**
 * The log message with e-mail addresses and phone numbers masked (logback-spring.xml),
 * except in messages marked {@link #PUBLISHED}: texts of our own that name no customer,
 * such as the demo logins printed at start.
 */
public class MaskedMessageConverter extends MessageConverter {

	/** A log message that holds no personal data and is shown as written. */
	public static final Marker PUBLISHED = MarkerFactory.getMarker("PUBLISHED");

	@Override
	public String convert(ILoggingEvent event) {
		String message = super.convert(event);
		boolean published = event.getMarkerList() != null && event.getMarkerList().contains(PUBLISHED);
		return published ? message : PersonalDataMasking.mask(message);
	}

}
