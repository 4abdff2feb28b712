package com.aibackend.bot.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.aibackend.bot.BotProperties;
import com.aibackend.bot.ClassificationInput;
import com.aibackend.bot.language.Lexicon;
import com.aibackend.catalogue.ServiceCatalogue;
import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

/**
 * Finds what a ticket needs in the customer's messages: the requester's name and company
 * ({@link WriterFinder}, {@link CompanyNames}), a contact (sender address, else an e-mail
 * address or a phone number found by libphonenumber), a title and a description
 * ({@link MessageText}) and a ticket reference. The words it reads by come from the
 * languages' lexicons.
 */
public class FieldExtractor {

	private static final Pattern TICKET_REFERENCE = Pattern.compile("(?i)\\bTCK[-\\s]?(\\d{1,9})\\b");

	private static final Pattern WA_ID = Pattern.compile("[1-9]\\d{7,14}");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\d][\\p{L}\\d'’-]*");

	private final BotProperties properties;

	private final WriterFinder writers;

	private final MessageText text;

	public FieldExtractor(BotProperties properties, ServiceCatalogue catalogue) {
		this.properties = properties;
		this.writers = new WriterFinder(properties, catalogue);
		this.text = new MessageText(this.writers, Lexicon.of(properties.languages()));
	}

	/**
	 * Name, company, contact, description, title and ticket reference of the customer's
	 * messages.
	 */
	public ExtractedFields extract(ClassificationInput input) {
		String all = String.join("\n", input.texts());
		String searchable = ((input.subject() != null) ? input.subject() + "\n" : "") + all;
		WriterFinder.Person person = this.writers.person(input);
		// The sender's company is in what they wrote themselves, not in a forwarded
		// message or a caption.
		String own = String.join("\n", input.texts().stream().map(this.writers::ownPart).toList());
		String company = (person.company() != null) ? person.company() : this.writers.companies().companyInText(own);
		if (company == null) {
			company = CompanyNames.companyOfDomain(input.senderAddress());
		}
		MessageText.Text text = this.text.read(input.subject(), input.texts());
		return new ExtractedFields(person.name(), company, contact(input.senderAddress(), all, input.language()),
				text.description(), ticketReference(searchable), text.title());
	}

	private static String ticketReference(String text) {
		Matcher matcher = TICKET_REFERENCE.matcher(text);
		return matcher.find() ? "TCK-%06d".formatted(Long.parseLong(matcher.group(1))) : null;
	}

	private String contact(String senderAddress, String text, String language) {
		if (senderAddress != null && !senderAddress.isBlank()) {
			// Chat channels address customers by their number in international digits
			// (WhatsApp's wa_id): E.164 adds the plus.
			return WA_ID.matcher(senderAddress.strip()).matches() ? "+" + senderAddress.strip() : senderAddress.strip();
		}
		Matcher email = CompanyNames.EMAIL.matcher(text);
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

	/** The description of the customer's texts (see {@link MessageText}). */
	String description(List<String> texts) {
		return this.text.read(null, texts).description();
	}

	/** The title of a request (see {@link MessageText}). */
	public String title(String subject, List<String> texts) {
		return this.text.read(subject, texts).title();
	}

	/** The words of a text: letters and digits, with inner apostrophes and hyphens. */
	public static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(text);
		while (matcher.find()) {
			words.add(matcher.group());
		}
		return words;
	}

}
