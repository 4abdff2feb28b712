package com.aibackend.qiscus;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.aibackend.shared.ConditionalOnSettings;

/** Qiscus is on when the webhook secret and the app's credentials are configured. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Documented
@ConditionalOnSettings({ "aibackend.qiscus.webhook-secret", "aibackend.qiscus.app-code",
		"aibackend.qiscus.secret-key" })
@interface ConditionalOnQiscus {

}
