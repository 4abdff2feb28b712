package com.aibackend.shared;

import java.util.regex.Pattern;

/**
 * Whom a text to the customer greets by name: only a name shaped like a person's — one to
 * four words, each a capital and then small letters ("Jane", "O'Brien", "Anne-Marie"), or
 * an initial ("J.") — never a profile name such as "IT Support", "Mama Shop 🌸", "PT
 * Maju" or "+49 151…".
 */
public final class Greeting {

	private static final Pattern PERSON_NAME = Pattern
		.compile("(?:\\p{Lu}(?:[\\p{Ll}'’][\\p{L}'’-]*|\\.))(?: (?:\\p{Lu}(?:[\\p{Ll}'’][\\p{L}'’-]*|\\.))){0,3}");

	private Greeting() {
	}

	/** ", Jane" to put after "Thank you", or nothing when the name is not sure. */
	public static String after(String name) {
		return isPersonName(name) ? ", " + name.strip() : "";
	}

	public static boolean isPersonName(String name) {
		return name != null && PERSON_NAME.matcher(name.strip()).matches();
	}

}
