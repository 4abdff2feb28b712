package com.aibackend.bot.model;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bag of words for the linear model: lower-cased word unigrams and bigrams, sublinear
 * term frequency times inverse document frequency, scaled to unit length. In large
 * training sets, terms seen in only one text are left out.
 */
public final class TfIdfVectorizer {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+");

	/**
	 * Above this many texts, terms seen only once are noise; below it, every word counts.
	 */
	private static final int LARGE_CORPUS = 1000;

	private static final double CHARACTER_WEIGHT = 0.5;

	private final Map<String, Double> idf;

	private final boolean characterNgrams;

	private TfIdfVectorizer(Map<String, Double> idf, boolean characterNgrams) {
		this.idf = idf;
		this.characterNgrams = characterNgrams;
	}

	/**
	 * With character n-grams (3 to 5 letters within words), spelling variants and
	 * inflections of a word share features: this helps short messages most.
	 */
	static TfIdfVectorizer fit(List<String> texts, boolean characterNgrams) {
		Map<String, Integer> documentFrequency = new HashMap<>();
		for (String text : texts) {
			termCounts(text, characterNgrams).keySet()
				.forEach((term) -> documentFrequency.merge(term, 1, Integer::sum));
		}
		Map<String, Double> idf = new HashMap<>();
		double documents = texts.size();
		int minimumFrequency = (texts.size() > LARGE_CORPUS) ? 2 : 1;
		documentFrequency.forEach((term, frequency) -> {
			if (frequency >= minimumFrequency) {
				idf.put(term, Math.log((documents + 1) / (frequency + 1)) + 1);
			}
		});
		return new TfIdfVectorizer(idf, characterNgrams);
	}

	/** The text's weighted terms, sorted by name. */
	TreeMap<String, Double> transform(String text) {
		TreeMap<String, Double> vector = new TreeMap<>();
		termCounts(text, this.characterNgrams).forEach((term, count) -> {
			Double weight = this.idf.get(term);
			if (weight != null) {
				vector.put(term, (1 + Math.log(count)) * weight);
			}
		});
		// Words and character n-grams are scaled to unit length apart, so the many
		// n-grams do not
		// drown the words; the n-grams then count half.
		normalise(vector, (term) -> !term.startsWith("c:"), 1.0);
		normalise(vector, (term) -> term.startsWith("c:"), CHARACTER_WEIGHT);
		return vector;
	}

	private static void normalise(TreeMap<String, Double> vector, java.util.function.Predicate<String> block,
			double length) {
		double norm = Math.sqrt(vector.entrySet()
			.stream()
			.filter((entry) -> block.test(entry.getKey()))
			.mapToDouble((entry) -> entry.getValue() * entry.getValue())
			.sum());
		if (norm > 0) {
			vector.replaceAll((term, value) -> block.test(term) ? value * length / norm : value);
		}
	}

	private static Map<String, Integer> termCounts(String text, boolean characterNgrams) {
		Map<String, Integer> counts = new HashMap<>();
		Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
		String previous = null;
		while (matcher.find()) {
			String word = matcher.group();
			counts.merge("w:" + word, 1, Integer::sum);
			if (previous != null) {
				counts.merge("b:" + previous + "_" + word, 1, Integer::sum);
			}
			previous = word;
			if (characterNgrams) {
				String padded = "<" + word + ">";
				for (int n = 3; n <= 5; n++) {
					for (int i = 0; i + n <= padded.length(); i++) {
						counts.merge("c:" + padded.substring(i, i + n), 1, Integer::sum);
					}
				}
			}
		}
		return counts;
	}

}
