package com.aibackend.qiscus;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says at start whether Qiscus is on, and what turns it on. */
@Component
class QiscusChannel {

	private static final Logger log = LoggerFactory.getLogger(QiscusChannel.class);

	private final ObjectProvider<QiscusWebhook> webhook;

	private final QiscusProperties properties;

	QiscusChannel(ObjectProvider<QiscusWebhook> webhook, QiscusProperties properties) {
		this.webhook = webhook;
		this.properties = properties;
	}

	@EventListener(ApplicationReadyEvent.class)
	void report() {
		if (this.webhook.getIfAvailable() != null) {
			log.info("Qiscus channel enabled: webhook /webhooks/qiscus?token=…, posting as {} to app {} via {}",
					this.properties.sender(), this.properties.appCode(), this.properties.apiBaseUrl());
		}
		else {
			log.info("Qiscus channel disabled: set QISCUS_WEBHOOK_SECRET, QISCUS_APP_CODE and QISCUS_SECRET_KEY "
					+ "to enable it");
		}
	}

}
