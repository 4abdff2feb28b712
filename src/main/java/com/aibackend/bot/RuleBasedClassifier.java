package com.aibackend.bot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

import org.springframework.stereotype.Component;

/**
 * The bot's reading of a message: the service from the trained {@link ServiceModel};
 * intent, priority cues and ticket fields from transparent rules (names, companies,
 * contacts, ticket references) in English, German and Indonesian.
 */
@Component
class RuleBasedClassifier implements MessageClassifier {

	private static final Pattern TICKET_REFERENCE = Pattern.compile("(?i)\\bTCK[-\\s]?(\\d{1,9})\\b");

	private static final Pattern STATUS_QUESTION = Pattern.compile("(?iu)\\b("
			+ "status of (my|our|the) (ticket|request|case)|update on (my|our|the) (ticket|request|case)|where is my (ticket|request)"
			+ "|(status|stand) (meines|meiner|unseres|unserer|des|der) (tickets|anfrage|auftrags|meldung)"
			+ "|status (tiket|permintaan|laporan|pengaduan) saya|bagaimana (status|kabar) (tiket|permintaan|laporan)"
			+ ")\\b");

	private static final String NAME = "(\\p{Lu}[\\p{L}'-]+(?:[ \\t]+\\p{Lu}[\\p{L}'-]+){0,2})";

	/**
	 * "My name is …", "Mein Name ist …", "Nama saya …" and their kin; the name must be
	 * capitalised.
	 */
	private static final Pattern INTRODUCTION = Pattern.compile("(?:\\b[Mm]y name is|\\b[Tt]his is|\\bI am|\\bI'm"
			+ "|\\b[Mm]ein Name ist|\\b[Ii]ch heiße|\\b[Hh]ier ist|\\b[Hh]ier spricht"
			+ "|\\b[Nn]ama saya(?: adalah)?|\\b[Ss]aya|\\b[Nn]ame:|\\b[Nn]ama:)[ \\t]+" + NAME);

	private static final Pattern CLOSING = Pattern.compile("(?iu)^(?:best regards|kind regards|regards|best|thanks|"
			+ "thank you|many thanks|cheers|sincerely|br|mit freundlichen grüßen|freundliche grüße|viele grüße|"
			+ "beste grüße|liebe grüße|grüße|gruß|danke|vielen dank|mfg|lg|terima kasih|salam|hormat saya|"
			+ "salam hormat|wassalam)[,!.]?\\s*(.*)$");

	private static final Pattern NAME_ONLY = Pattern.compile("^" + NAME + "[.!]?$");

	private static final Pattern COMPANY = Pattern.compile("(?:\\bfrom|\\bat|\\b[Cc]ompany:?|\\b[Cc]ompany is"
			+ "|\\bvon|\\bbei|\\b[Ff]irma:?|\\bdari|\\b[Pp]erusahaan:?)[ \\t]+"
			+ "(\\p{Lu}[\\p{L}\\d&'.-]*(?:[ \\t]+\\p{Lu}[\\p{L}\\d&'.-]*){0,2})");

	private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\d][\\p{L}\\d'-]*");

	private static final Pattern GREETING_LINE = Pattern
		.compile("(?iu)^(hi|hello|hey|dear|good (morning|afternoon|evening)"
				+ "|hallo|moin|servus|guten (morgen|tag|abend)|sehr geehrte[rs]?|liebe[rs]?"
				+ "|halo|hai|selamat (pagi|siang|sore|malam)|dengan hormat|yth)\\b[^.!?]{0,30}[,!.]?\\s*$");

	private static final Set<String> COURTESY = Set.of("hi", "hello", "hey", "dear", "good", "morning", "afternoon",
			"evening", "thanks", "thank", "you", "a", "lot", "much", "very", "ok", "okay", "bye", "goodbye", "great",
			"cheers", "regards", "best", "team", "support", "have", "nice", "day", "all", "there", "and", "for", "the",
			"your", "help", "kind", "hallo", "danke", "vielen", "dank", "schön", "schönen", "tag", "gruß", "grüße",
			"und", "euch", "ihnen", "tschüss", "super", "halo", "hai", "terima", "kasih", "banyak", "selamat", "pagi",
			"siang", "sore", "malam", "salam", "oke", "baik", "sama-sama");

	private static final Set<String> PROBLEM_CUES = Set.of("broken", "error", "issue", "problem", "fail", "fails",
			"failed", "failing", "cannot", "can't", "unable", "doesn't", "won't", "not", "need", "request", "please",
			"want", "stopped", "wrong", "slow", "help", "how", "kaputt", "fehler", "funktioniert", "geht", "nicht",
			"kann", "keine", "kein", "bitte", "hilfe", "brauche", "benötige", "defekt", "rusak", "masalah", "tidak",
			"bisa", "gagal", "tolong", "mohon", "butuh", "bantuan", "gangguan", "bagaimana");

	private static final Set<String> FREE_MAIL = Set.of("gmail", "googlemail", "yahoo", "outlook", "hotmail", "live",
			"icloud", "me", "gmx", "web", "aol", "proton", "protonmail", "mail", "yandex", "t-online", "freenet");

	private static final Set<String> NOT_COMPANIES = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
			"Saturday", "Sunday", "Home", "Work", "Least", "Last", "First", "The", "My", "Our", "I", "Montag",
			"Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag", "Hause", "Senin", "Selasa", "Rabu",
			"Kamis", "Jumat", "Sabtu", "Minggu", "Rumah", "Kantor");

	private final BotProperties properties;

	private final ServiceModel services;

	RuleBasedClassifier(BotProperties properties, ServiceModel services) {
		this.properties = properties;
		this.services = services;
	}

	@Override
	public Classification classify(ClassificationInput input) {
		String all = String.join("\n", input.texts());
		String searchable = ((input.subject() != null) ? input.subject() + "\n" : "") + all;
		String lower = searchable.toLowerCase(Locale.ROOT);

		String reference = ticketReference(searchable);
		List<String> words = words(lower);
		ServiceMatch service = bestService(searchable);
		Priority priority = priority(lower);
		String description = description(input.texts());
		ExtractedFields fields = new ExtractedFields(requesterName(input), company(searchable, input.senderAddress()),
				contact(input.senderAddress(), all, input.language()), description, reference);

		if (reference != null || STATUS_QUESTION.matcher(searchable).find()) {
			return new Classification(Intent.STATUS_INQUIRY, service.id(), priority, (reference != null) ? 0.9 : 0.7,
					fields);
		}
		boolean courtesyOnly = service.id() == null && words.size() <= 12
				&& words.stream().noneMatch(PROBLEM_CUES::contains);
		if (courtesyOnly) {
			return new Classification(Intent.OTHER, null, priority, 0.6, fields);
		}
		return new Classification(Intent.NEW_REQUEST, service.id(), priority, service.confidence(), fields);
	}

	private ServiceMatch bestService(String text) {
		TextPrediction prediction = this.services.recognise(text);
		return (prediction != null) ? new ServiceMatch(prediction.label(), prediction.confidence())
				: new ServiceMatch(null, 0.3);
	}

	private Priority priority(String lower) {
		if (this.properties.lowPriorityKeywords().stream().anyMatch((cue) -> containsPhrase(lower, cue))) {
			return Priority.LOW;
		}
		if (this.properties.highPriorityKeywords().stream().anyMatch((cue) -> containsPhrase(lower, cue))) {
			return Priority.HIGH;
		}
		return Priority.MEDIUM;
	}

	private static String ticketReference(String text) {
		Matcher matcher = TICKET_REFERENCE.matcher(text);
		return matcher.find() ? "TCK-%06d".formatted(Long.parseLong(matcher.group(1))) : null;
	}

	private static String requesterName(ClassificationInput input) {
		String found = null;
		for (String text : input.texts()) {
			String name = nameIn(text);
			if (name != null) {
				found = name;
			}
		}
		if (found != null) {
			return found;
		}
		return (input.senderName() != null && !input.senderName().isBlank()) ? input.senderName().strip() : null;
	}

	private static String nameIn(String text) {
		Matcher introduction = INTRODUCTION.matcher(text);
		if (introduction.find()) {
			return introduction.group(1);
		}
		List<String> lines = lines(text);
		for (int i = 0; i < lines.size(); i++) {
			Matcher closing = CLOSING.matcher(lines.get(i));
			if (closing.matches()) {
				String rest = closing.group(1).strip();
				String candidate = !rest.isEmpty() ? rest : (i + 1 < lines.size()) ? lines.get(i + 1) : "";
				if (isName(candidate)) {
					return stripPunctuation(candidate);
				}
			}
		}
		// A reply that is nothing but a name answers "what is your name".
		if (lines.size() == 1 && isName(lines.get(0))) {
			return stripPunctuation(lines.get(0));
		}
		return null;
	}

	private static boolean isName(String candidate) {
		if (!NAME_ONLY.matcher(candidate.strip()).matches()) {
			return false;
		}
		return words(candidate.toLowerCase(Locale.ROOT)).stream().noneMatch(COURTESY::contains);
	}

	private static String company(String text, String senderAddress) {
		Matcher matcher = COMPANY.matcher(text);
		while (matcher.find()) {
			String candidate = stripPunctuation(matcher.group(1));
			if (!NOT_COMPANIES.contains(candidate.split("\\s+")[0])) {
				return candidate;
			}
		}
		if (senderAddress != null && EMAIL.matcher(senderAddress).matches()) {
			String[] domain = senderAddress.substring(senderAddress.indexOf('@') + 1).split("\\.");
			String label = domain[Math.max(0, domain.length - 2)];
			if (!FREE_MAIL.contains(label.toLowerCase(Locale.ROOT))) {
				return Character.toUpperCase(label.charAt(0)) + label.substring(1);
			}
		}
		return null;
	}

	private String contact(String senderAddress, String text, String language) {
		if (senderAddress != null && !senderAddress.isBlank()) {
			return senderAddress.strip();
		}
		Matcher email = EMAIL.matcher(text);
		if (email.find()) {
			return email.group();
		}
		return phoneNumber(text, language);
	}

	/**
	 * The first valid phone number in the text, in E.164 form. International numbers need
	 * no region; national ones are tried against the configured regions in order.
	 */
	private String phoneNumber(String text, String language) {
		PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
		for (String region : this.properties.phoneRegionsFor(language)) {
			for (PhoneNumberMatch match : phones.findNumbers(text, region, PhoneNumberUtil.Leniency.VALID,
					Long.MAX_VALUE)) {
				return phones.format(match.number(), PhoneNumberUtil.PhoneNumberFormat.E164);
			}
		}
		return null;
	}

	/** The customer's texts without greeting lines, closings and signatures. */
	private static String description(List<String> texts) {
		List<String> kept = new ArrayList<>();
		for (String text : texts) {
			for (String line : lines(text)) {
				if (CLOSING.matcher(line).matches()) {
					break;
				}
				if (!GREETING_LINE.matcher(line).matches() && !isName(line)) {
					kept.add(line);
				}
			}
		}
		String description = String.join("\n", kept).strip();
		return description.isEmpty() ? null : description;
	}

	private static List<String> lines(String text) {
		return Arrays.stream(text.split("\\R")).map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(text);
		while (matcher.find()) {
			words.add(matcher.group());
		}
		return words;
	}

	private static boolean containsPhrase(String lowerText, String phrase) {
		return Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(phrase.toLowerCase(Locale.ROOT)) + "(?![\\p{L}\\d])")
			.matcher(lowerText)
			.find();
	}

	private static String stripPunctuation(String value) {
		return value.strip().replaceAll("[.,!;:]+$", "");
	}

	private record ServiceMatch(String id, double confidence) {
	}

}
