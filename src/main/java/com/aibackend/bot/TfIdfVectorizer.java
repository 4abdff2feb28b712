package com.aibackend.bot;

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
final class TfIdfVectorizer {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+");

	/**
	 * Above this many texts, terms seen only once are noise; below it, every word counts.
	 */
	private static final int LARGE_CORPUS = 1000;

	private final Map<String, Double> idf;

	private TfIdfVectorizer(Map<String, Double> idf) {
		this.idf = idf;
	}

	static TfIdfVectorizer fit(List<String> texts) {
		Map<String, Integer> documentFrequency = new HashMap<>();
		for (String text : texts) {
			termCounts(text).keySet().forEach((term) -> documentFrequency.merge(term, 1, Integer::sum));
		}
		Map<String, Double> idf = new HashMap<>();
		double documents = texts.size();
		int minimumFrequency = (texts.size() > LARGE_CORPUS) ? 2 : 1;
		documentFrequency.forEach((term, frequency) -> {
			if (frequency >= minimumFrequency) {
				idf.put(term, Math.log((documents + 1) / (frequency + 1)) + 1);
			}
		});
		return new TfIdfVectorizer(idf);
	}

	/** The text's weighted terms, sorted by name. */
	TreeMap<String, Double> transform(String text) {
		TreeMap<String, Double> vector = new TreeMap<>();
		termCounts(text).forEach((term, count) -> {
			Double weight = this.idf.get(term);
			if (weight != null) {
				vector.put(term, (1 + Math.log(count)) * weight);
			}
		});
		double norm = Math.sqrt(vector.values().stream().mapToDouble((value) -> value * value).sum());
		if (norm > 0) {
			vector.replaceAll((term, value) -> value / norm);
		}
		return vector;
	}

	int vocabularySize() {
		return this.idf.size();
	}

	private static Map<String, Integer> termCounts(String text) {
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
		}
		return counts;
	}

}
