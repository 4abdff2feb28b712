package com.aibackend.email;

import java.io.IOException;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.aibackend.intake.Intake;
import com.aibackend.shared.ConditionalOnSettings;
import com.aibackend.shared.InvalidRequestException;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Reads the support mailbox every {@code MAIL_IMAP_POLL_SECONDS}: each unread e-mail is
 * stored (its conversation started or continued) and only then marked as read, so an
 * e-mail is never lost between the mailbox and the database. A redelivered e-mail (same
 * Message-ID) is recognised; several nodes may poll the same mailbox.
 */
@Component
@ConditionalOnSettings({ "aibackend.mail.imap.host", "aibackend.mail.imap.username" })
class MailPoller implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(MailPoller.class);

	private final MailProperties properties;

	private final Intake intake;

	private ScheduledExecutorService scheduler;

	MailPoller(MailProperties properties, Intake intake) {
		this.properties = properties;
		this.intake = intake;
	}

	@Override
	public synchronized void start() {
		this.scheduler = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "mail-poller");
			thread.setDaemon(true);
			return thread;
		});
		this.scheduler.scheduleWithFixedDelay(this::pollSafely, 0, Math.max(1, this.properties.imap().pollSeconds()),
				TimeUnit.SECONDS);
	}

	@Override
	public synchronized void stop() {
		if (this.scheduler != null) {
			this.scheduler.shutdownNow();
			this.scheduler = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.scheduler != null;
	}

	private void pollSafely() {
		try {
			poll();
		}
		catch (MessagingException | RuntimeException ex) {
			log.warn("Reading the mailbox {}@{} failed; next try in {} s: {}", this.properties.imap().username(),
					this.properties.imap().host(), this.properties.imap().pollSeconds(), ex.getMessage());
		}
	}

	/** Reads every unread e-mail once. */
	void poll() throws MessagingException {
		MailProperties.Imap imap = this.properties.imap();
		String protocol = imap.ssl() ? "imaps" : "imap";
		Properties settings = new Properties();
		String timeout = String.valueOf(this.properties.timeout().toMillis());
		settings.put("mail." + protocol + ".connectiontimeout", timeout);
		settings.put("mail." + protocol + ".timeout", timeout);
		Session session = Session.getInstance(settings);
		try (Store store = session.getStore(protocol)) {
			store.connect(imap.host(), imap.port(), imap.username(), imap.password());
			Folder folder = store.getFolder(imap.folder());
			folder.open(Folder.READ_WRITE);
			try {
				for (Message message : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
					take((MimeMessage) message);
				}
			}
			finally {
				folder.close(false);
			}
		}
	}

	private void take(MimeMessage mail) throws MessagingException {
		try {
			this.intake.receive(MailReader.read(mail));
		}
		catch (InvalidRequestException ex) {
			log.warn("E-mail {} not taken in: {}", MailReader.describe(mail), ex.getMessage());
		}
		catch (MessagingException | IOException ex) {
			log.warn("E-mail {} could not be read: {}", MailReader.describe(mail), ex.getMessage());
		}
		// Stored (committed) first, then marked read: a crash in between only redelivers.
		// One that cannot be taken in will not get better by reading it again.
		mail.setFlag(Flags.Flag.SEEN, true);
	}

}
