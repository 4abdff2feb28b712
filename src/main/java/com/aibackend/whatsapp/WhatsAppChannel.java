package com.aibackend.whatsapp;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says at start whether WhatsApp is on, and what turns it on. */
@Component
class WhatsAppChannel {

	private static final Logger log = LoggerFactory.getLogger(WhatsAppChannel.class);

	private final ObjectProvider<WhatsAppWebhook> webhook;

	private final WhatsAppProperties properties;

	WhatsAppChannel(ObjectProvider<WhatsAppWebhook> webhook, WhatsAppProperties properties) {
		this.webhook = webhook;
		this.properties = properties;
	}

	@EventListener(ApplicationReadyEvent.class)
	void report() {
		if (this.webhook.getIfAvailable() != null) {
			log.info("WhatsApp channel enabled: webhook /webhooks/whatsapp, sending as phone number id {} via {}",
					this.properties.phoneNumberId(), this.properties.apiBaseUrl());
		}
		else {
			log.info("WhatsApp channel disabled: set WHATSAPP_VERIFY_TOKEN, WHATSAPP_APP_SECRET, "
					+ "WHATSAPP_ACCESS_TOKEN and WHATSAPP_PHONE_NUMBER_ID to enable it");
		}
	}

}
