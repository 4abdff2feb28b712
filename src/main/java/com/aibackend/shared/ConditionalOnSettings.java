package com.aibackend.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/**
 * Registers a bean only when every named setting has a non-blank value: a channel without
 * its configuration stays off (its endpoints answer 404).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
@Documented
@Conditional(SettingsCondition.class)
public @interface ConditionalOnSettings {

	/** Property names, e.g. {@code aibackend.whatsapp.app-secret}. */
	String[] value();

}
