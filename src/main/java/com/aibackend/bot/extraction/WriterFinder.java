package com.aibackend.bot.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.aibackend.bot.BotProperties;
import com.aibackend.bot.ClassificationInput;
import com.aibackend.bot.language.Lexicon;
import com.aibackend.catalogue.ServiceCatalogue;

/**
 * Finds who wrote a message: an introduction anywhere ("this is … from …", "saya … dari
 * …", "hier schreibt … von …"), a name that says "here", a message that opens with its
 * writer, a signature (after a closing or a delimiter, "Name | Title | Company", a name
 * above a mail footer), else the channel's display name. Honorifics are removed; words
 * that are no names ("I am unable …") are not taken.
 */
final class WriterFinder {

	/** A capitalised word ("O'Neill", "Ayşe"); whether it is a name is checked after. */
	private static final String NAME_WORD = "\\p{Lu}[\\p{L}'’-]*\\p{L}";

	/** One to four capitalised words on one line. */
	static final String NAME = "(" + NAME_WORD + "(?:[ \\t]+" + NAME_WORD + "){0,3})";

	private final CompanyNames companies;

	private final Pattern introduction;

	private final Pattern nameHere;

	private final Pattern opening;

	private final Pattern closing;

	private final Pattern greetingPrefix;

	private final Pattern honorificPrefix;

	private final Pattern footer;

	/** A line that starts a forwarded or quoted message. */
	private final Pattern forwarded;

	private final Set<String> notNames;

	private final Signatures signatures;

	WriterFinder(BotProperties properties, ServiceCatalogue catalogue) {
		Lexicon words = Lexicon.of(properties.languages());
		String honorifics = "(?:(?iu:" + withoutDots(words.alternation("honorifics")) + ")\\.?[ \\t]+)*";
		String afterName = words.alternation("company-after-name");
		this.introduction = Pattern.compile("(?<![\\p{L}'])(?:(?iu:" + words.alternation("introductions") + ")[ \\t]+"
				+ honorifics + "|(?iu:" + words.alternation("introductions.needing-honorific") + ")[ \\t]+"
				+ honorifics.replace(")*", ")+") + ")" + NAME + "(?![\\p{L}\\d])");
		this.nameHere = Pattern.compile("(?<![\\p{L}])" + honorifics + NAME
				+ "((?:[ \\t]*\\([^)\\n]{2,60}\\))?(?:,?[ \\t]+(?iu:" + afterName
				+ ")[ \\t]+\\p{Lu}[^\\n,.!?]{1,60}?)?)[ \\t]+(?iu:" + words.alternation("name-here") + ")(?![\\p{L}])");
		this.greetingPrefix = Pattern.compile("^\\s*(?:(?iu:" + words.alternation("greetings") + ")(?:[ \\t]+(?iu:"
				+ words.alternation("greeting-addressees") + "))?(?:[ \\t]*[,!.:]+[ \\t]*|[ \\t]*\\R\\s*|[ \\t]+))+");
		this.opening = Pattern
			.compile("^" + honorifics + NAME + "(?=[ \\t]*(?:,|\\(|[ \\t](?iu:" + afterName + ")[ \\t]))");
		this.closing = Pattern.compile("(?iu)(?:^|(?<=[.!?,])[ \\t]+)(?:--?[ \\t]*)?(?:" + words.alternation("closings")
				+ ")(?:[ \\t]+(?:" + words.alternation("conjunctions") + ")[ \\t]+(?:" + words.alternation("closings")
				+ "))*(?![\\p{L}])" + "(?:[ \\t]+(?:" + words.alternation("from-place")
				+ ")[ \\t]+\\p{L}+)?[ \\t]*[,!.:]*[ \\t]*(.*)$");
		this.honorificPrefix = Pattern.compile("^" + honorifics);
		this.footer = Pattern.compile("(?iu)^(?:" + words.alternation("footers") + ")");
		this.forwarded = Pattern.compile("(?iu)^[\\s*-]*(?:" + words.alternation("forwarded") + ")");
		this.notNames = new HashSet<>(words.set("not-names"));
		for (String key : List.of("greetings", "closings", "honorifics", "job-titles", "departments", "courtesy")) {
			words.phrases(key).stream().filter((phrase) -> !phrase.contains(" ")).forEach(this.notNames::add);
		}
		catalogue.services()
			.forEach((service) -> service.keywords()
				.forEach((keyword) -> this.notNames.add(keyword.toLowerCase(Locale.ROOT))));
		this.companies = new CompanyNames(words, this.notNames, this.footer);
		this.signatures = new Signatures(this.companies, this.closing, this.honorificPrefix, this.footer, this::name);
	}

	/** Signatures: names and companies under a closing, after a delimiter, at the end. */
	Signatures signatures() {
		return this.signatures;
	}

	CompanyNames companies() {
		return this.companies;
	}

	/**
	 * The greeting that opens a message ("Hi team,", "Selamat pagi,"), to be left out.
	 */
	Pattern greetingPrefix() {
		return this.greetingPrefix;
	}

	/** A closing ("Best regards,", "Mit freundlichen Grüßen"), with what follows it. */
	Pattern closing() {
		return this.closing;
	}

	/** The latest message that names its writer wins; else the channel's display name. */
	Person person(ClassificationInput input) {
		Person found = null;
		for (String text : input.texts()) {
			Person person = personIn(ownPart(text));
			if (person != null) {
				found = (found != null && person.company() == null) ? new Person(person.name(), found.company())
						: person;
			}
		}
		if (found != null) {
			return found;
		}
		String displayName = displayName(input.senderName());
		return new Person(displayName, null);
	}

	private String displayName(String senderName) {
		if (senderName == null || senderName.isBlank() || !senderName.matches(".*\\p{L}.*")) {
			return null;
		}
		return this.honorificPrefix.matcher(senderName.strip()).replaceFirst("").strip();
	}

	/**
	 * What the sender wrote themselves: the text above a forwarded or quoted message, and
	 * without lines quoted with "&gt;". A caption ({@code [image] …}) is nobody's
	 * introduction.
	 */
	String ownPart(String text) {
		if (text.startsWith("[")) {
			return "";
		}
		StringBuilder own = new StringBuilder();
		for (String line : text.split("\\R", -1)) {
			if (line.stripLeading().startsWith(">")) {
				continue;
			}
			if (this.forwarded.matcher(line).find()) {
				break;
			}
			own.append(line).append('\n');
		}
		return own.toString().strip();
	}

	/** The writer of one message, with their company when it is said with the name. */
	Person personIn(String text) {
		return firstOf(introduced(text), nameHere(text), opening(text), this.signatures.signature(text));
	}

	@SafeVarargs
	static Person firstOf(Optional<Person>... candidates) {
		for (Optional<Person> candidate : candidates) {
			if (candidate.isPresent()) {
				return candidate.get();
			}
		}
		return null;
	}

	/** "My name is …", "this is … from …", "saya … dari …", "hier schreibt … von …". */
	Optional<Person> introduced(String text) {
		Matcher matcher = this.introduction.matcher(text);
		while (matcher.find()) {
			String name = name(matcher.group(1));
			if (name != null) {
				return Optional.of(new Person(name, this.companies.companyInSentence(text.substring(matcher.end(1)))));
			}
		}
		return Optional.empty();
	}

	/**
	 * "Tom Reed of Reed Architects here", "Lucas Martin (Orbit Media) here", "Lukas hier
	 * von …".
	 */
	Optional<Person> nameHere(String text) {
		Matcher matcher = this.nameHere.matcher(text);
		while (matcher.find()) {
			String name = name(matcher.group(1));
			if (name != null) {
				String company = this.companies.companyInSentence(matcher.group(2));
				if (company == null) {
					company = this.companies.companyInSentence(text.substring(matcher.end()));
				}
				return Optional.of(new Person(name, company));
			}
		}
		return Optional.empty();
	}

	/** A message that opens with the writer: "Hi, Omar Haddad from Sunline Travel." */
	Optional<Person> opening(String text) {
		String start = this.greetingPrefix.matcher(text).replaceFirst("");
		Matcher matcher = this.opening.matcher(start);
		if (matcher.find()) {
			String name = name(matcher.group(1));
			String company = this.companies.companyInSentence(start.substring(matcher.end(1)));
			if (name != null && company != null) {
				return Optional.of(new Person(name, company));
			}
		}
		return Optional.empty();
	}

	/** The person's name without honorifics, or {@code null} when it is no name. */
	private String name(String candidate) {
		String[] words = this.honorificPrefix.matcher(candidate.strip()).replaceFirst("").split("[ \\t]+");
		List<String> kept = new ArrayList<>();
		for (String word : words) {
			String bare = word.toLowerCase(Locale.ROOT);
			if (this.notNames.contains(bare) || this.companies.isLegalForm(bare)
					|| !word.chars().anyMatch(Character::isLowerCase)) {
				break;
			}
			kept.add(word);
		}
		return kept.isEmpty() ? null : String.join(" ", kept);
	}

	private static String withoutDots(String alternation) {
		return alternation.replace("\\.\\E", "\\E");
	}

	/** A writer and, when they said it with their name, their company. */
	record Person(String name, String company) {
	}

}
