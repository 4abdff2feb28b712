package com.aibackend.bot.language;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.aibackend.bot.BotProperties;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

import org.springframework.stereotype.Component;

/**
 * The language to answer a customer in: what they wrote says it; a message with nothing
 * to read (an image without caption, "[image]") keeps the language already known of them,
 * or else the one of their phone number's country (a WhatsApp number from Germany:
 * German), or else the first configured language.
 */
@Component
public class CustomerLanguage {

	/** The kind marker of a stored attachment: "[image]", "[voice]". */
	private static final Pattern KIND_MARKER = Pattern.compile("\\[[\\p{L}_ -]+\\]");

	/** A word of at least three letters: something to tell a language by. */
	private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");

	private static final Pattern PHONE = Pattern.compile("\\+?\\d{7,15}");

	private final LanguageDetection detection;

	private final Map<String, List<String>> regions;

	private final String fallback;

	public CustomerLanguage(LanguageDetection detection, BotProperties properties) {
		this.detection = detection;
		this.regions = properties.phoneRegions();
		this.fallback = properties.languages().get(0);
	}

	/**
	 * @param texts what the customer wrote in this round
	 * @param senderAddress their address on the channel (a phone number on WhatsApp)
	 * @param known the language known of them, or {@code null}
	 */
	public String of(List<String> texts, String senderAddress, String known) {
		String readable = KIND_MARKER.matcher(String.join("\n", texts)).replaceAll(" ");
		if (WORD.matcher(readable).find()) {
			return this.detection.detect(readable);
		}
		if (known != null) {
			return known;
		}
		String byPhone = ofPhone(senderAddress);
		return (byPhone != null) ? byPhone : this.fallback;
	}

	private String ofPhone(String address) {
		if (address == null || !PHONE.matcher(address).matches()) {
			return null;
		}
		try {
			PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
			String region = phones.getRegionCodeForNumber(phones.parse("+" + address.replace("+", ""), null));
			return this.regions.entrySet()
				.stream()
				.filter((entry) -> entry.getValue().contains(region))
				.map(Map.Entry::getKey)
				.findFirst()
				.orElse(null);
		}
		catch (NumberParseException ex) {
			return null;
		}
	}

}
