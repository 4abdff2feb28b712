package com.aibackend.platform;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides e-mail addresses and phone numbers in log lines: the full values stay in the
 * database, where access is controlled, but not in log files that are shipped and kept
 * elsewhere.
 */
public final class PersonalDataMasking {

	private static final Pattern EMAIL = Pattern.compile("(?<![\\w.+-])([\\w.+-])[\\w.+-]*@([\\w-]+(?:\\.[\\w-]+)+)",
			Pattern.UNICODE_CHARACTER_CLASS);

	/**
	 * International or national numbers (+49 151 2345678, 0812-3456-7890) and bare
	 * WhatsApp ids (4915123456789); dates and ticket numbers do not start that way.
	 */
	private static final Pattern PHONE = Pattern
		.compile("(?<![\\w-])(?:(?:\\+|00|0)\\d[\\d \\-/().]{5,18}\\d|\\d{10,15})(?![\\w-])");

	private PersonalDataMasking() {
	}

	public static String mask(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		String masked = EMAIL.matcher(text).replaceAll("$1***@$2");
		Matcher phone = PHONE.matcher(masked);
		StringBuilder out = new StringBuilder();
		while (phone.find()) {
			String number = phone.group();
			String visible = number.substring(Math.max(0, number.length() - 2));
			phone.appendReplacement(out, Matcher.quoteReplacement("***" + visible));
		}
		phone.appendTail(out);
		return out.toString();
	}

}
