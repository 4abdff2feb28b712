package com.aibackend.platform;

import ch.qos.logback.classic.pattern.ExtendedThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;

/**
 * Stack traces with e-mail addresses and phone numbers masked: database errors quote the
 * values they refused.
 */
public class MaskedThrowableConverter extends ExtendedThrowableProxyConverter {

	@Override
	protected String throwableProxyToString(IThrowableProxy proxy) {
		return PersonalDataMasking.mask(super.throwableProxyToString(proxy));
	}

}
