package com.aibackend.email;

import java.io.UnsupportedEncodingException;
import java.util.Properties;
import java.util.UUID;

import com.aibackend.conversation.Channel;
import com.aibackend.outbound.ChannelTransport;
import com.aibackend.outbound.OutboundMessage;
import com.aibackend.shared.ConditionalOnSettings;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Answers by e-mail over SMTP, in the customer's thread: {@code In-Reply-To} their latest
 * e-mail, {@code References} the whole conversation, and the subject tagged with the
 * ticket ({@code [TCK-000042]}) or the conversation ({@code [REQ-1a2b3c4d]}) so that
 * replies find their way back even through clients that drop the headers.
 */
@Component
@ConditionalOnSettings({ "aibackend.mail.smtp.host", "aibackend.mail.from" })
class MailTransport implements ChannelTransport {

	private final JavaMailSenderImpl sender;

	private final MailProperties properties;

	MailTransport(MailProperties properties) {
		this.properties = properties;
		MailProperties.Smtp smtp = properties.smtp();
		this.sender = new JavaMailSenderImpl();
		this.sender.setHost(smtp.host());
		this.sender.setPort(smtp.port());
		Properties settings = new Properties();
		if (smtp.username() != null && !smtp.username().isBlank()) {
			this.sender.setUsername(smtp.username());
			this.sender.setPassword(smtp.password());
			settings.put("mail.smtp.auth", "true");
		}
		settings.put("mail.smtp.starttls.enable", String.valueOf(smtp.starttls()));
		String timeout = String.valueOf(properties.timeout().toMillis());
		settings.put("mail.smtp.connectiontimeout", timeout);
		settings.put("mail.smtp.timeout", timeout);
		settings.put("mail.smtp.writetimeout", timeout);
		this.sender.setJavaMailProperties(settings);
	}

	@Override
	public Channel channel() {
		return Channel.EMAIL;
	}

	@Override
	public String send(OutboundMessage message) {
		try {
			InternetAddress from = new InternetAddress(this.properties.from());
			String domain = from.getAddress().substring(from.getAddress().indexOf('@') + 1);
			String messageId = "<%s@%s>".formatted(UUID.randomUUID(), domain);
			MimeMessage mail = new ThreadedMimeMessage(this.sender.getSession(), messageId);
			mail.setFrom(from);
			mail.setRecipient(Message.RecipientType.TO,
					new InternetAddress(message.recipient(), message.recipientName(), "UTF-8"));
			mail.setSubject(subject(message), "UTF-8");
			mail.setText(message.text(), "UTF-8");
			if (message.replyTo() != null) {
				mail.setHeader("In-Reply-To", message.replyTo());
			}
			if (!message.threadMessageIds().isEmpty()) {
				mail.setHeader("References", String.join(" ", message.threadMessageIds()));
			}
			this.sender.send(mail);
			return messageId;
		}
		catch (MessagingException | UnsupportedEncodingException ex) {
			throw new IllegalStateException("The answer could not be written as an e-mail: " + ex.getMessage(), ex);
		}
	}

	static String subject(OutboundMessage message) {
		String original = (message.subject() != null && !message.subject().isBlank()) ? message.subject().strip()
				: "Your support request";
		String tag = "[%s]".formatted((message.ticketId() != null) ? message.ticketId() : message.thread());
		String subject = original.regionMatches(true, 0, "Re:", 0, 3) ? original : "Re: " + original;
		if (message.thread() != null && !subject.contains(tag)) {
			subject = subject + " " + tag;
		}
		return subject;
	}

	/** Keeps the Message-ID we chose (and stored) instead of a generated one. */
	private static final class ThreadedMimeMessage extends MimeMessage {

		private final String messageId;

		ThreadedMimeMessage(Session session, String messageId) {
			super(session);
			this.messageId = messageId;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", this.messageId);
		}

	}

}
