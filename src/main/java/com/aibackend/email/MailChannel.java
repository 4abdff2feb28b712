package com.aibackend.email;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says at start whether e-mail is read and answered, and what turns it on. */
@Component
class MailChannel {

	private static final Logger log = LoggerFactory.getLogger(MailChannel.class);

	private final ObjectProvider<MailPoller> poller;

	private final ObjectProvider<MailTransport> transport;

	private final MailProperties properties;

	MailChannel(ObjectProvider<MailPoller> poller, ObjectProvider<MailTransport> transport, MailProperties properties) {
		this.poller = poller;
		this.transport = transport;
		this.properties = properties;
	}

	@EventListener(ApplicationReadyEvent.class)
	void report() {
		if (this.poller.getIfAvailable() != null) {
			log.info("E-mail in: reading {}@{}:{} ({}) every {} s", this.properties.imap().username(),
					this.properties.imap().host(), this.properties.imap().port(), this.properties.imap().folder(),
					this.properties.imap().pollSeconds());
		}
		else {
			log.info("E-mail in disabled: set MAIL_IMAP_HOST, MAIL_IMAP_USERNAME and MAIL_IMAP_PASSWORD to enable it");
		}
		if (this.transport.getIfAvailable() != null) {
			log.info("E-mail out: answering as {} via {}:{}", this.properties.from(), this.properties.smtp().host(),
					this.properties.smtp().port());
		}
		else {
			log.info("E-mail out disabled: set MAIL_SMTP_HOST and MAIL_FROM to enable it");
		}
	}

}
