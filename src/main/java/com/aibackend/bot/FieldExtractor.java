package com.aibackend.bot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

/**
 * Finds what a ticket needs in the customer's messages, by transparent rules in English,
 * German and Indonesian: the requester's name (introductions, signatures, a reply that is
 * just a name, else the channel's display name), the company (from the text or a business
 * e-mail domain), a contact (sender address, else an e-mail address or a phone number
 * found by libphonenumber), a description without greetings and signatures, and a ticket
 * reference.
 */
class FieldExtractor {

	private static final Pattern TICKET_REFERENCE = Pattern.compile("(?i)\\bTCK[-\\s]?(\\d{1,9})\\b");

	/** One to three capitalised words, each ending in a letter ("TCK-42" is no name). */
	private static final String NAME = "(\\p{Lu}[\\p{L}'-]*\\p{L}(?:[ \\t]+\\p{Lu}[\\p{L}'-]*\\p{L}){0,2})";

	/**
	 * "My name is …", "Mein Name ist …", "Nama saya …" and their kin; the name must be
	 * capitalised.
	 */
	private static final Pattern INTRODUCTION = Pattern.compile("(?:\\b[Mm]y name is|\\b[Tt]his is|\\bI am|\\bI'm"
			+ "|\\b[Mm]ein Name ist|\\b[Ii]ch heiße|\\b[Hh]ier ist|\\b[Hh]ier spricht"
			+ "|\\b[Nn]ama saya(?: adalah)?|\\b[Ss]aya|\\b[Nn]ame:|\\b[Nn]ama:)[ \\t]+" + NAME + "(?![\\p{L}\\d-])");

	/**
	 * Closing words of a message, longest first so "salam hormat" is not read as "salam".
	 */
	private static final String CLOSINGS = Stream
		.of("best regards", "kind regards", "regards", "best", "thanks", "thank you", "many thanks", "cheers",
				"sincerely", "br", "mit freundlichen grüßen", "freundliche grüße", "viele grüße", "beste grüße",
				"liebe grüße", "grüße", "gruß", "danke", "vielen dank", "mfg", "lg", "terima kasih", "salam",
				"hormat saya", "salam hormat", "wassalam")
		.sorted(Comparator.comparingInt(String::length).reversed())
		.map(Pattern::quote)
		.collect(Collectors.joining("|"));

	/** A line that is a closing, with what follows it on the line. */
	private static final Pattern CLOSING = Pattern.compile("(?iu)^(?:" + CLOSINGS + ")(?![\\p{L}])[,!.]?\\s*(.*)$");

	/** A closing at the start of a line or after a sentence ("… soon. Thanks, Mark"). */
	private static final Pattern CLOSING_IN_LINE = Pattern
		.compile("(?iu)(?:^|[.!?]\\s+)(?:" + CLOSINGS + ")(?![\\p{L}])[,!.]?\\s*(.*)$");

	private static final Pattern TITLE = Pattern
		.compile("^(?:Dr\\.?|Prof\\.?|Mr\\.?|Mrs\\.?|Ms\\.?|Herr|Frau|Bapak|Ibu|Pak|Bu)\\s+");

	/** Second-level labels under which the company is the label before ("acme.co.uk"). */
	private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "org", "net", "ac", "go", "or", "gov", "edu",
			"ltd", "plc", "my", "web", "sch");

	private static final Pattern NAME_ONLY = Pattern.compile("^" + NAME + "[.!]?$");

	private static final Pattern COMPANY = Pattern.compile("(?:\\bfrom|\\bat|\\b[Cc]ompany:?|\\b[Cc]ompany is"
			+ "|\\bvon|\\bbei|\\b[Ff]irma:?|\\bdari|\\b[Pp]erusahaan:?)[ \\t]+"
			+ "(\\p{Lu}[\\p{L}\\d&'.-]*(?:[ \\t]+\\p{Lu}[\\p{L}\\d&'.-]*){0,2})");

	/**
	 * A full stop after a word of four or more letters ends the sentence ("from
	 * Brightwave Logistics. Since…"); short ones are abbreviations ("PT. Sinar Jaya").
	 */
	private static final Pattern SENTENCE_END = Pattern.compile("(?<=\\p{L}{4})\\.[ \\t]+");

	/**
	 * A number in international digits without the plus, as chat channels address
	 * customers.
	 */
	private static final Pattern WA_ID = Pattern.compile("[1-9]\\d{7,14}");

	private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

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

	private static final Set<String> FREE_MAIL = Set.of("gmail", "googlemail", "yahoo", "outlook", "hotmail", "live",
			"icloud", "me", "gmx", "web", "aol", "proton", "protonmail", "mail", "yandex", "t-online", "freenet");

	private static final Set<String> NOT_COMPANIES = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
			"Saturday", "Sunday", "Home", "Work", "Least", "Last", "First", "The", "My", "Our", "I", "Montag",
			"Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag", "Hause", "Senin", "Selasa", "Rabu",
			"Kamis", "Jumat", "Sabtu", "Minggu", "Rumah", "Kantor");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\d][\\p{L}\\d'-]*");

	private final BotProperties properties;

	FieldExtractor(BotProperties properties) {
		this.properties = properties;
	}

	/**
	 * Name, company, contact, description and ticket reference of the customer's
	 * messages.
	 */
	ExtractedFields extract(ClassificationInput input) {
		String all = String.join("\n", input.texts());
		String searchable = ((input.subject() != null) ? input.subject() + "\n" : "") + all;
		return new ExtractedFields(requesterName(input), company(searchable, input.senderAddress()),
				contact(input.senderAddress(), all, input.language()), description(input.texts()),
				ticketReference(searchable));
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
			Matcher closing = CLOSING_IN_LINE.matcher(lines.get(i));
			if (closing.find()) {
				String rest = closing.group(1).strip();
				String candidate = withoutTitle(
						!rest.isEmpty() ? rest : (i + 1 < lines.size()) ? lines.get(i + 1) : "");
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

	private static String withoutTitle(String candidate) {
		return TITLE.matcher(candidate.strip()).replaceFirst("");
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
			String candidate = stripPunctuation(SENTENCE_END.split(matcher.group(1), 2)[0]);
			if (!NOT_COMPANIES.contains(candidate.split("\\s+")[0])) {
				return candidate;
			}
		}
		if (senderAddress != null && EMAIL.matcher(senderAddress).matches()) {
			String[] domain = senderAddress.substring(senderAddress.indexOf('@') + 1).split("\\.");
			int index = Math.max(0, domain.length - 2);
			if (index > 0 && SECOND_LEVEL.contains(domain[index].toLowerCase(Locale.ROOT))) {
				index--;
			}
			String label = domain[index];
			if (!FREE_MAIL.contains(label.toLowerCase(Locale.ROOT))) {
				return Character.toUpperCase(label.charAt(0)) + label.substring(1);
			}
		}
		return null;
	}

	private String contact(String senderAddress, String text, String language) {
		if (senderAddress != null && !senderAddress.isBlank()) {
			// Chat channels address customers by their number in international digits
			// (WhatsApp's wa_id): E.164 adds the plus.
			return WA_ID.matcher(senderAddress.strip()).matches() ? "+" + senderAddress.strip() : senderAddress.strip();
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

	private static String stripPunctuation(String value) {
		return value.strip().replaceAll("[.,!;:]+$", "");
	}

	/** The words of a text: letters and digits, with inner apostrophes and hyphens. */
	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(text);
		while (matcher.find()) {
			words.add(matcher.group());
		}
		return words;
	}

}
