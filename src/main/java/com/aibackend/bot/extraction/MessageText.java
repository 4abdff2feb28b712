package com.aibackend.bot.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.aibackend.bot.language.Lexicon;

/**
 * The customer's text as a ticket shows it: the description without greeting, closing,
 * signature and mail footers, and a title of at most 80 characters that is the problem
 * itself, without greeting, self-introduction or signature.
 */
final class MessageText {

	/** Words after an opening "Thanks," that make a sentence, not a name. */
	private static final int MIN_SENTENCE_WORDS = 3;

	/** Reply and forward prefixes and our conversation tags in a subject. */
	private static final Pattern SUBJECT_TAGS = Pattern
		.compile("(?i)^(?:\\s*(?:re|aw|wg|fw|fwd|balas|tr)\\s*:\\s*)+|\\[(?:REQ|TCK)-[^\\]]*\\]");

	/**
	 * Where a sentence ends: after a word of four letters, a number of three digits or
	 * more, or a bracket. A one- or two-digit number with a period is an ordinal or a
	 * date ("im 2. Stock", "am 3. Mai"), inside the sentence.
	 */
	private static final Pattern SENTENCES = Pattern.compile("(?<=(?:\\p{L}{4}|\\d{3}|\\))[.!?])\\s+|(?<=[!?])\\s+");

	private final WriterFinder writers;

	/** What is left of an introduction after the name and company: "here", "and". */
	private final Pattern introductionRest;

	MessageText(WriterFinder writers, Lexicon words) {
		this.writers = writers;
		this.introductionRest = Pattern.compile("^[\\s).]*(?iu:" + words.alternation("name-here")
				+ ")?[\\s,;:–—-]*(?iu:" + words.alternation("conjunctions") + ")?[\\s,]*");
	}

	/** Title and description of the customer's texts; each message is read once. */
	Text read(String subject, List<String> texts) {
		List<String> body = new ArrayList<>();
		for (String text : texts) {
			body.addAll(body(text));
		}
		return new Text(title(subject, body), description(body));
	}

	/**
	 * The customer's texts without greeting, closing, signature and mail footers; the
	 * introduction stays, it is part of what they wrote.
	 */
	private static String description(List<String> body) {
		String description = String.join("\n", body).strip();
		return description.isEmpty() ? null : description;
	}

	/** The lines of a message between its greeting and its closing. */
	private List<String> body(String text) {
		String withoutGreeting = this.writers.greetingPrefix().matcher(text.strip()).replaceFirst("");
		List<String> kept = new ArrayList<>();
		List<String> lines = Lines.of(withoutGreeting);
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (this.writers.signatures().isFooter(line) || line.equals("--") || line.startsWith("-- ")) {
				break;
			}
			Matcher closing = this.writers.closing().matcher(line);
			boolean closes = closing.find();
			if (closes && opensWithThanks(kept, closing)) {
				line = closing.group(1).strip();
			}
			else if (closes) {
				String before = line.substring(0, closing.start()).strip();
				if (!before.isEmpty()) {
					kept.add(before.replaceAll("[,;]$", ""));
				}
				break;
			}
			Matcher delimiter = Signatures.DELIMITER.matcher(line);
			if (delimiter.find() && Signatures.endsMessage(i, lines.size())
					&& this.writers.signatures().signatureLine(delimiter.group(1)).isPresent()) {
				String before = line.substring(0, delimiter.start()).strip();
				if (!before.isEmpty()) {
					kept.add(before);
				}
				break;
			}
			boolean signatureAtEnd = i >= lines.size() - 3 && i > 0
					&& (line.contains("|") ? this.writers.signatures().signatureLine(line).isPresent()
							: this.writers.signatures().trailingName(lines.subList(0, i + 1)).isPresent());
			if (signatureAtEnd) {
				break;
			}
			kept.add(line);
		}
		return kept;
	}

	/**
	 * A message that opens with thanks and goes on in a sentence ("Thanks, the wifi works
	 * now but not in the warehouse") has not reached its closing: a closing is followed
	 * by nothing, or by a name or signature.
	 */
	private boolean opensWithThanks(List<String> kept, Matcher closing) {
		String rest = closing.group(1).strip();
		return kept.isEmpty() && closing.start() == 0 && FieldExtractor.words(rest).size() >= MIN_SENTENCE_WORDS
				&& this.writers.signatures().signatureLine(rest).isEmpty();
	}

	/**
	 * The problem in at most 80 characters: the first sentence of the description that is
	 * not the writer introducing themselves.
	 */
	private String title(String subject, List<String> body) {
		if (subject != null) {
			String topic = SUBJECT_TAGS.matcher(subject).replaceAll("").strip();
			if (FieldExtractor.words(topic).stream().filter((word) -> word.length() >= 3).count() >= 2) {
				return shorten(topic);
			}
		}
		List<String> sentences = new ArrayList<>();
		for (String line : body) {
			for (String sentence : SENTENCES.split(line)) {
				if (!sentence.isBlank()) {
					sentences.add(sentence.strip());
				}
			}
		}
		for (String sentence : sentences) {
			String problem = withoutIntroduction(sentence);
			if (problem != null && problem.chars().filter(Character::isLetter).count() >= 8) {
				return shorten(capitalise(problem));
			}
		}
		return null;
	}

	/**
	 * The sentence without a self-introduction at its start ("I'm Jane from Acme and my
	 * VPN drops" → "my VPN drops"); {@code null} when the sentence is only an
	 * introduction.
	 */
	private String withoutIntroduction(String sentence) {
		WriterFinder.Person person = WriterFinder.firstOf(this.writers.introduced(sentence),
				this.writers.nameHere(sentence), this.writers.opening(sentence));
		if (person == null) {
			return sentence;
		}
		String name = person.name();
		int at = sentence.indexOf(name);
		int from = (at >= 0) ? at + name.length() : 0;
		if (person.company() != null) {
			int companyAt = sentence.indexOf(person.company(), from);
			from = (companyAt >= 0) ? companyAt + person.company().length() : from;
		}
		String rest = this.introductionRest.matcher(sentence.substring(from)).replaceFirst("").strip();
		return rest.chars().filter(Character::isLetter).count() >= 8 ? rest : null;
	}

	private static String capitalise(String text) {
		return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
	}

	private static String shorten(String text) {
		if (text.length() <= 80) {
			return text;
		}
		String cut = text.substring(0, 79);
		int space = cut.lastIndexOf(' ');
		return ((space > 40) ? cut.substring(0, space) : cut).replaceAll("[,;:\\s]+$", "") + "…";
	}

	/** A request's title (the problem in a line) and description. */
	record Text(String title, String description) {
	}

}
