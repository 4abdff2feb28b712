package com.aibackend.bot.language;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.aibackend.bot.BotProperties;
import com.aibackend.catalogue.ServiceCatalogue;

/**
 * The services a text names by the catalogue's keywords and synonyms: a word as written,
 * with a grammatical ending of one of the languages ("licences", "Lizenzen", "akunnya"),
 * or as part of a longer compound ("Netzwerkdose", "Buchhaltungssoftware"). A phrase
 * matches word by word ("shared mailbox", "ip-adresse").
 */
public final class CatalogueTerms {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+");

	/** Shorter keywords match only as written or with an ending ("vpn", "akun"). */
	private static final int MIN_COMPOUND_PART = 5;

	/** A compound adds at least this many letters to its part. */
	private static final int MIN_COMPOUND_REST = 4;

	private static final int MIN_INFLECTED = 4;

	private final Map<String, List<List<String>>> terms = new LinkedHashMap<>();

	private final Set<String> endings;

	public CatalogueTerms(ServiceCatalogue catalogue, Set<String> endings) {
		this.endings = Set.copyOf(endings);
		for (ServiceCatalogue.Service service : catalogue.services()) {
			List<List<String>> phrases = new ArrayList<>();
			service.keywords()
				.stream()
				.map(CatalogueTerms::words)
				.filter((words) -> !words.isEmpty())
				.forEach(phrases::add);
			this.terms.put(service.id(), phrases);
		}
	}

	/** The catalogue's terms with the endings of the configured languages. */
	public static CatalogueTerms of(BotProperties properties, ServiceCatalogue catalogue) {
		return new CatalogueTerms(catalogue, Lexicon.of(properties.languages()).set("word-endings"));
	}

	/** The services whose terms occur in the text, in the catalogue's order. */
	public Set<String> servicesNamedIn(String text) {
		Set<String> named = new LinkedHashSet<>();
		if (text == null) {
			return named;
		}
		List<String> words = words(text);
		this.terms.forEach((service, phrases) -> {
			if (phrases.stream().anyMatch((phrase) -> occurs(phrase, words))) {
				named.add(service);
			}
		});
		return named;
	}

	/** Whether one word is a one-word term of some service ("printers", "akunnya"). */
	public boolean namesAService(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		return this.terms.values()
			.stream()
			.flatMap(List::stream)
			.anyMatch((phrase) -> phrase.size() == 1 && same(lower, phrase.get(0)));
	}

	private boolean occurs(List<String> phrase, List<String> words) {
		for (int start = 0; start + phrase.size() <= words.size(); start++) {
			int matched = 0;
			while (matched < phrase.size() && same(words.get(start + matched), phrase.get(matched))) {
				matched++;
			}
			if (matched == phrase.size()) {
				return true;
			}
		}
		return false;
	}

	private boolean same(String word, String term) {
		if (word.equals(term)) {
			return true;
		}
		if (term.length() >= MIN_INFLECTED && word.startsWith(term)
				&& this.endings.contains(word.substring(term.length()))) {
			return true;
		}
		return term.length() >= MIN_COMPOUND_PART && word.length() >= term.length() + MIN_COMPOUND_REST
				&& (word.startsWith(term) || word.endsWith(term));
	}

	private static List<String> words(String text) {
		return WORD.matcher(text.toLowerCase(Locale.ROOT)).results().map((match) -> match.group()).toList();
	}

}
