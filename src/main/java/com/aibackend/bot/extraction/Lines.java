package com.aibackend.bot.extraction;

import java.util.Arrays;
import java.util.List;

/** The non-blank lines of a text, stripped. */
final class Lines {

	private Lines() {
	}

	static List<String> of(String text) {
		return Arrays.stream(text.split("\\R")).map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

}
