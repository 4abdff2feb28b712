package com.aibackend.bot.language;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.aibackend.bot.BotProperties;
import com.aibackend.catalogue.ServiceCatalogue;

/**
 * Whether a message says anything concrete. A vague message ("something is wrong again,
 * please help") names no problem; a courteous one ("thanks, it works now") asks for
 * nothing. Both are read by the languages' {@link Lexicon}, with the writer's own name
 * and company left out.
 */
public class MessageSubstance {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\d][\\p{L}\\d'’-]*");

	/** Words besides what works that a thank-you may hold ("on my side", "the new"). */
	private static final int MAX_OTHER_WORDS = 2;

	private final Set<String> empty;

	private final Set<String> fillers;

	private final Pattern courtesy;

	private final Pattern thanks;

	private final Pattern thanksInAdvance;

	private final Set<String> working;

	private final Pattern openingsAndClosings;

	private final int minContentWords;

	private final Set<String> resolvedSubjects;

	private final Set<String> moreThanThanks;

	private final CatalogueTerms terms;

	/** Words of the catalogue's keywords: naming a service is concrete ("VPN down"). */
	private final Set<String> serviceWords = new HashSet<>();

	public MessageSubstance(BotProperties properties, ServiceCatalogue catalogue) {
		Lexicon lexicon = Lexicon.of(properties.languages());
		this.minContentWords = properties.minDescriptionWords();
		this.terms = CatalogueTerms.of(properties, catalogue);
		this.fillers = new HashSet<>(lexicon.set("fillers"));
		this.empty = new HashSet<>(this.fillers);
		for (String key : List.of("vague", "greetings", "closings", "courtesy", "honorifics")) {
			lexicon.phrases(key).forEach((phrase) -> this.empty.addAll(List.of(phrase.split("\\s+"))));
		}
		catalogue.services()
			.forEach((service) -> service.keywords()
				.forEach((keyword) -> this.serviceWords.add(keyword.toLowerCase(Locale.ROOT))));
		this.courtesy = lexicon.phrasePattern("courtesy");
		this.thanks = lexicon.phrasePattern("thanks");
		this.thanksInAdvance = lexicon.phrasePattern("thanks-in-advance");
		this.working = new HashSet<>(lexicon.set("working"));
		this.resolvedSubjects = new HashSet<>(lexicon.set("resolved-subjects"));
		this.moreThanThanks = new HashSet<>(lexicon.set("more-than-thanks"));
		this.openingsAndClosings = Pattern.compile("(?iu)(?<![\\p{L}\\d])(?:" + lexicon.alternation("greetings") + "|"
				+ lexicon.alternation("closings") + ")(?![\\p{L}\\d])");
	}

	/**
	 * Whether the text names a problem: enough words that are neither greeting, courtesy,
	 * filler nor vague ("system", "broken", "help").
	 */
	public boolean isConcrete(String text, String... ownWords) {
		return content(text, ownWords) >= this.minContentWords;
	}

	/**
	 * How much the text says: one per word that is neither greeting, courtesy, filler nor
	 * vague, one and a half for a word of the catalogue ("printer").
	 */
	public double content(String text, String... ownWords) {
		if (text == null) {
			return 0;
		}
		Set<String> own = ownWords(ownWords);
		return words(text).stream()
			.filter((word) -> !this.empty.contains(word) && !own.contains(word) && !word.matches("\\d+"))
			.mapToDouble((word) -> this.serviceWords.contains(word) ? 1.5 : 1)
			.sum();
	}

	/**
	 * Whether the text is only thanks, greetings and news that things work again. It
	 * needs a courteous phrase or a word saying something works. Once courtesy,
	 * greetings, closings, fillers and the writer's name are taken out, what is left must
	 * be nothing, or a statement that something works ("the new password works", "der
	 * Drucker druckt wieder einwandfrei"): a word saying it works, no word making it more
	 * than thanks (a negation, a contrast, "still", a request, a symptom), no question,
	 * and besides what works (a catalogue word, "the problem") at most two words, and
	 * those only with a word of thanks ("Thank you, the new password works").
	 */
	public boolean isCourtesy(String text, String... ownWords) {
		return isCourtesyMessage(text, null, ownWords);
	}

	/**
	 * As {@link #isCourtesy(String, String...)}, also reading what the customer said
	 * without greeting, closing and signature ({@code said}, the description), with the
	 * message's own thanks: "Thanks, it works now!" above a signature, or "That fixed it,
	 * the VPN is stable again. Many thanks!". Thanks in advance is never courtesy.
	 */
	public boolean isCourtesyMessage(String message, String said, String... ownWords) {
		if (message == null || this.thanksInAdvance.matcher(message).find()) {
			return false;
		}
		Set<String> own = ownWords(ownWords);
		boolean thanked = this.thanks.matcher(message).find();
		return onlyThanks(message, thanked, own) || (said != null && !said.equals(message)
				&& speaksOfThanksOrWorking(said) && onlyThanks(said, thanked, own));
	}

	/** What the customer said itself thanks or tells that something works. */
	private boolean speaksOfThanksOrWorking(String said) {
		return this.courtesy.matcher(said).find() || words(said).stream().anyMatch(this.working::contains);
	}

	private boolean onlyThanks(String text, boolean thanked, Set<String> own) {
		boolean courteous = thanked || this.courtesy.matcher(text).find();
		String rest = this.openingsAndClosings.matcher(this.courtesy.matcher(text).replaceAll(" ")).replaceAll(" ");
		List<String> left = words(rest).stream()
			.filter((word) -> !this.fillers.contains(word) && !own.contains(word))
			.toList();
		if (left.isEmpty()) {
			return courteous;
		}
		if (text.contains("?") || words(rest).stream().anyMatch(this.moreThanThanks::contains)) {
			return false;
		}
		boolean works = left.stream().anyMatch(this.working::contains);
		long other = left.stream()
			.filter((word) -> !this.working.contains(word) && !this.resolvedSubjects.contains(word)
					&& !this.terms.namesAService(word))
			.count();
		// Thanks naming only what it was about ("Thanks, the monitor is back"), or what
		// works ("printer works again"); a word or two more only with both.
		return (other == 0) ? (thanked || works) : (works && thanked && other <= MAX_OTHER_WORDS);
	}

	private static Set<String> ownWords(String... values) {
		Set<String> own = new HashSet<>();
		for (String value : values) {
			if (value != null) {
				own.addAll(words(value));
			}
		}
		return own;
	}

	private static List<String> words(String text) {
		return WORD.matcher(text.toLowerCase(Locale.ROOT)).results().map((match) -> match.group()).toList();
	}

}
