package com.aibackend.email;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The support mailbox: read over IMAP, answered over SMTP.
 *
 * @param from the address answers come from (and customers reply to)
 * @param timeout how long a mail server may take to answer
 */
@ConfigurationProperties("aibackend.mail")
record MailProperties(Imap imap, Smtp smtp, String from, @DefaultValue("PT20S") Duration timeout) {

	/**
	 * @param pollSeconds how often the mailbox is checked for new mail
	 */
	record Imap(String host, int port, String username, String password, boolean ssl, String folder, int pollSeconds) {
	}

	record Smtp(String host, int port, String username, String password, boolean starttls) {
	}

}
