package com.aibackend.email;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.aibackend.conversation.Channel;
import com.aibackend.intake.IncomingMessage;
import com.aibackend.shared.WebhookRequests;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** Reads one received e-mail into an incoming message. */
final class MailReader {

	/** Ticket named in a subject: {@code [TCK-000042]}. */
	private static final Pattern TICKET_TAG = Pattern.compile("\\[(TCK-\\d{1,18})]", Pattern.CASE_INSENSITIVE);

	/** Conversation named in a subject: {@code [REQ-1a2b3c4d]}. */
	private static final Pattern CONVERSATION_TAG = Pattern.compile("\\[(REQ-[0-9a-f]{8})]", Pattern.CASE_INSENSITIVE);

	private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");

	private MailReader() {
	}

	static IncomingMessage read(MimeMessage mail) throws MessagingException, IOException {
		InternetAddress from = sender(mail);
		String subject = mail.getSubject();
		String body = body(mail);
		String relevant = MailText.relevantPart(body);
		List<String> references = new ArrayList<>();
		references.addAll(ids(mail.getHeader("In-Reply-To", " ")));
		references.addAll(ids(mail.getHeader("References", " ")));
		// Lower case: one customer's mails find each other by an exact (indexed) match.
		return new IncomingMessage(Channel.EMAIL, from.getAddress().toLowerCase(Locale.ROOT), from.getPersonal(),
				subject, relevant, relevant.equals(body.strip()) ? null : body, messageId(mail), thread(subject),
				references, tag(TICKET_TAG, subject), false);
	}

	/**
	 * The conversation tag of a subject, or a new one: every e-mail conversation has one,
	 * so that answers can carry it.
	 */
	static String thread(String subject) {
		String tag = tag(CONVERSATION_TAG, subject);
		return (tag != null) ? "REQ-" + tag.substring(4).toLowerCase(Locale.ROOT)
				: "REQ-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private static String tag(Pattern pattern, String subject) {
		if (subject == null) {
			return null;
		}
		Matcher matcher = pattern.matcher(subject);
		return matcher.find() ? matcher.group(1).toUpperCase(Locale.ROOT) : null;
	}

	private static InternetAddress sender(MimeMessage mail) throws MessagingException {
		Address[] from = mail.getFrom();
		if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress address)) {
			throw new MessagingException("The e-mail has no sender address");
		}
		return address;
	}

	/** Its Message-ID, or for mail without one a fingerprint of its content. */
	private static String messageId(MimeMessage mail) throws MessagingException, IOException {
		String id = mail.getMessageID();
		if (id != null && !id.isBlank()) {
			return id.strip();
		}
		ByteArrayOutputStream raw = new ByteArrayOutputStream();
		mail.writeTo(raw);
		return "<sha256-" + WebhookRequests.sha256Hex(raw.toByteArray()) + "@no-message-id>";
	}

	private static List<String> ids(String header) {
		if (header == null) {
			return List.of();
		}
		List<String> ids = new ArrayList<>();
		Matcher matcher = MESSAGE_ID.matcher(header);
		while (matcher.find()) {
			ids.add(matcher.group());
		}
		return ids;
	}

	/** The plain-text body, or the HTML body reduced to text. */
	private static String body(Part part) throws MessagingException, IOException {
		String plain = firstOfType(part, "text/plain");
		if (plain != null && !plain.isBlank()) {
			return plain;
		}
		String html = firstOfType(part, "text/html");
		return (html != null) ? MailText.fromHtml(html) : "";
	}

	private static String firstOfType(Part part, String type) throws MessagingException, IOException {
		if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
			return null;
		}
		if (part.isMimeType(type)) {
			Object content = part.getContent();
			return (content instanceof String text) ? text : null;
		}
		if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String found = firstOfType(multipart.getBodyPart(i), type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	static String describe(MimeMessage mail) {
		try {
			return "%s from %s".formatted(mail.getMessageID(), Arrays.toString(mail.getFrom()));
		}
		catch (MessagingException ex) {
			return "an unreadable e-mail";
		}
	}

}
