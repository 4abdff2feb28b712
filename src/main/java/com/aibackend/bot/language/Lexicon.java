package com.aibackend.bot.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words and phrases the bot reads by — greetings, closings, introductions,
 * honorifics, legal forms, vague and courteous phrases, priority cues — from one resource
 * file per language ({@code bot/language/lexicon_<code>.properties}). Adding a language
 * adds a file, not code. A lexicon of several languages holds the union of their lists.
 */
public final class Lexicon {

	private static final String LOCATION = "bot/language/lexicon_%s.properties";

	/** Lexicons are read once per set of languages. */
	private static final Map<List<String>, Lexicon> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

	private final Map<String, List<String>> lists;

	private Lexicon(Map<String, List<String>> lists) {
		this.lists = lists;
	}

	/** The union of the given languages' files; a language without a file is an error. */
	public static Lexicon of(Collection<String> languages) {
		return LOADED.computeIfAbsent(List.copyOf(languages), Lexicon::load);
	}

	private static Lexicon load(List<String> languages) {
		Map<String, Set<String>> union = new TreeMap<>();
		for (String language : languages) {
			read(language)
				.forEach((key, phrases) -> union.computeIfAbsent(key, (k) -> new LinkedHashSet<>()).addAll(phrases));
		}
		Map<String, List<String>> lists = new TreeMap<>();
		union.forEach((key, phrases) -> lists.put(key, List.copyOf(phrases)));
		return new Lexicon(lists);
	}

	private static Map<String, List<String>> read(String language) {
		String location = LOCATION.formatted(language.toLowerCase(Locale.ROOT));
		try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(location)) {
			if (in == null) {
				throw new IllegalStateException("No lexicon for language '%s': add %s".formatted(language, location));
			}
			Properties properties = new Properties();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			Map<String, List<String>> lists = new TreeMap<>();
			properties.forEach((key, value) -> lists.put((String) key,
					Arrays.stream(((String) value).split(","))
						.map((phrase) -> phrase.strip().toLowerCase(Locale.ROOT))
						.filter((phrase) -> !phrase.isEmpty())
						.toList()));
			return lists;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Lexicon " + location + " could not be read", ex);
		}
	}

	/** The phrases listed under a key, lower case; empty when no language lists any. */
	public List<String> phrases(String key) {
		return this.lists.getOrDefault(key, List.of());
	}

	public Set<String> set(String key) {
		return Set.copyOf(phrases(key));
	}

	/**
	 * A regular-expression alternation of the key's phrases, longest first (so "salam
	 * hormat" wins over "salam"), each quoted, with any run of spaces in a phrase
	 * matching any run of white space.
	 */
	public String alternation(String key) {
		return phrases(key).stream()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.map((phrase) -> Arrays.stream(phrase.split("\\s+"))
				.map(Pattern::quote)
				.collect(Collectors.joining("\\s+")))
			.collect(Collectors.joining("|"));
	}

	/** A pattern that finds the key's phrases as whole words, case-insensitively. */
	public Pattern phrasePattern(String key) {
		String alternation = alternation(key);
		return alternation.isEmpty() ? Pattern.compile("(?!)")
				: Pattern.compile("(?iu)(?<![\\p{L}\\d])(?:" + alternation + ")(?![\\p{L}\\d])");
	}

}
