package com.aibackend.shared;

import java.util.Locale;

/** Small text rules more than one module keeps to. */
public final class Texts {

	private Texts() {
	}

	/**
	 * The text on one line, cut at the last word boundary before {@code max} characters
	 * (never inside a word, unless a single word is that long) and marked with "…".
	 */
	public static String shortened(String text, int max) {
		String flat = text.replaceAll("\\s+", " ").strip();
		if (flat.length() <= max) {
			return flat;
		}
		int cut = flat.lastIndexOf(' ', max);
		return flat.substring(0, (cut > max / 3) ? cut : max) + "…";
	}

	/**
	 * A SQL {@code LIKE} pattern, with {@code \} as escape, for lower-cased values that
	 * contain {@code text}.
	 */
	public static String containing(String text) {
		return "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
				+ "%";
	}

}
