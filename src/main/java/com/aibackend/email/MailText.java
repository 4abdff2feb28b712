package com.aibackend.email;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns an e-mail body into what the bot should read: HTML reduced to text, quoted
 * history and signature noise (mobile footers, disclaimers) removed. The signature's
 * name, company and phone stay: they are what the bot extracts.
 */
final class MailText {

	private static final String BREAK = "\u2028";

	/** Lines that start the quoted history of a reply, in the languages we answer in. */
	private static final List<Pattern> HISTORY = List.of(Pattern.compile("(?i)^\\s*On .{3,200} wrote:\\s*$"),
			Pattern.compile("(?i)^\\s*Am .{3,200} schrieb .{0,200}:\\s*$"),
			Pattern.compile("(?i)^\\s*Pada .{3,200} menulis:\\s*$"),
			Pattern.compile("(?i)^\\s*-{2,}\\s*(Original Message|Ursprüngliche Nachricht|Pesan Asli)\\s*-{2,}\\s*$"),
			Pattern.compile("(?i)^\\s*(From|Von|Dari):\\s.*[@<].*$"), Pattern.compile("^_{20,}\\s*$"));

	private static final List<Pattern> NOISE = List.of(
			Pattern.compile("(?i)^\\s*(Sent from my|Get Outlook for|Von meinem .{1,40} gesendet|Dikirim dari).*$"),
			Pattern.compile("(?i)^.*(confidential|vertraulich|rahasia|disclaimer|intended recipient).*$"));

	private MailText() {
	}

	static String fromHtml(String html) {
		Document document = Jsoup.parse(html);
		document.select("br").after(BREAK);
		document.select("p, div, li, tr, h1, h2, h3, h4, h5, h6, blockquote").before(BREAK).after(BREAK);
		return document.text()
			.replace(BREAK, "\n")
			.replaceAll("[ \t\u00a0]*\n[ \t\u00a0]*", "\n")
			.replaceAll("\n{3,}", "\n\n")
			.strip();
	}

	/** The new part of a message: up to its quoted history, without signature noise. */
	static String relevantPart(String body) {
		List<String> kept = new ArrayList<>();
		for (String line : body.replace("\r\n", "\n").split("\n", -1)) {
			if (HISTORY.stream().anyMatch((pattern) -> pattern.matcher(line).matches())) {
				break;
			}
			if (line.startsWith(">") || line.equals("-- ") || line.equals("--")
					|| NOISE.stream().anyMatch((pattern) -> pattern.matcher(line).matches())) {
				continue;
			}
			kept.add(line);
		}
		String text = String.join("\n", kept).replaceAll("\n{3,}", "\n\n").strip();
		return text.isEmpty() ? body.strip() : text;
	}

}
