package com.aibackend.whatsapp;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.aibackend.shared.ConditionalOnSettings;

/** WhatsApp is on when the number and its secrets are configured. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Documented
@ConditionalOnSettings({ "aibackend.whatsapp.verify-token", "aibackend.whatsapp.app-secret",
		"aibackend.whatsapp.access-token", "aibackend.whatsapp.phone-number-id" })
@interface ConditionalOnWhatsApp {

}
