package com.aibackend.bot.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.aibackend.bot.extraction.WriterFinder.Person;

/**
 * Reads a signature: after a closing ("Regards, Jane Doe" or on the next lines), after a
 * delimiter ("-- Kevin Wu, Summit Bikes"), a "Name | Title | Company" line, or a name on
 * its own at the end of the message.
 */
final class Signatures {

	/** A name and what follows it on the line. */
	private static final Pattern NAME_THEN_REST = Pattern.compile("^" + WriterFinder.NAME + "(.*)$");

	/** A line that is nothing but a name. */
	private static final Pattern NAME_LINE = Pattern.compile("^" + WriterFinder.NAME + "[.!]?$");

	/** Separators between a signature's name, job title and company. */
	private static final Pattern PARTS = Pattern.compile("\\s*(?:,|\\||\\s[-–—]\\s|\\s/\\s)\\s*");

	/** A signature after a delimiter: its line and the few below it. */
	private static final int MAX_SIGNATURE_LINES = 4;

	/** A signature delimiter ("-- Kevin Wu"), with what follows it. */
	static final Pattern DELIMITER = Pattern.compile("(?:^|\\s)(?:--|—|–|-)[ \\t]*(\\p{Lu}.*)$");

	private final CompanyNames companies;

	private final Pattern closing;

	private final Pattern honorificPrefix;

	private final Pattern footer;

	/** A candidate's name without honorifics, or {@code null} when it is no name. */
	private final UnaryOperator<String> names;

	Signatures(CompanyNames companies, Pattern closing, Pattern honorificPrefix, Pattern footer,
			UnaryOperator<String> names) {
		this.companies = companies;
		this.closing = closing;
		this.honorificPrefix = honorificPrefix;
		this.footer = footer;
		this.names = names;
	}

	/**
	 * A signature: after a closing ("Regards, Jane Doe" or on the next lines), after a
	 * delimiter ("-- Kevin Wu, Summit Bikes"), a "Name | Title | Company" line, or a name
	 * on its own at the end of the message.
	 */
	Optional<Person> signature(String text) {
		List<String> lines = Lines.of(text);
		for (int i = lines.size() - 1; i >= 0; i--) {
			String line = lines.get(i);
			Matcher closing = this.closing.matcher(line);
			Matcher delimiter = DELIMITER.matcher(line);
			String rest = closing.find() ? closing.group(1).strip() : (delimiter.find() && endsMessage(i, lines.size()))
					? delimiter.group(1).strip() : line.equals("--") || line.equals("-- ") ? "" : null;
			if (rest != null) {
				Optional<Person> person = rest.isEmpty() ? signatureBlock(lines.subList(i + 1, lines.size()))
						: signatureLine(rest);
				if (person.isPresent()) {
					return person;
				}
			}
			else if (line.contains("|")) {
				Optional<Person> person = signatureLine(line);
				if (person.isPresent()) {
					return person;
				}
			}
		}
		return trailingName(lines);
	}

	/**
	 * Whether line {@code i} of {@code size} can start a signature after a delimiter ("--
	 * Kevin Wu, Summit Bikes"): among the last lines, and not the first line of a longer
	 * message (a subject line "VPN down - Insufficient licences" is no signature).
	 */
	static boolean endsMessage(int i, int size) {
		return size - i <= MAX_SIGNATURE_LINES && (i > 0 || size == 1);
	}

	/**
	 * "Jane Doe", "Dr. Helen Cho, Riverside Clinic", "Paul Nguyen - Apex LLC", "Heike
	 * Neumann (Neumann Immobilien)".
	 */
	Optional<Person> signatureLine(String line) {
		List<String> parts = Arrays.stream(PARTS.split(line.strip()))
			.map(String::strip)
			.filter((part) -> !part.isEmpty())
			.toList();
		for (int i = 0; i < parts.size(); i++) {
			String candidate = this.honorificPrefix.matcher(parts.get(i)).replaceFirst("");
			Matcher whole = NAME_THEN_REST.matcher(candidate);
			if (!whole.matches()) {
				continue;
			}
			String name = this.names.apply(whole.group(1));
			if (name == null) {
				return Optional.empty();
			}
			String company = this.companies.companyInSentence(whole.group(2));
			for (int j = i + 1; company == null && j < parts.size(); j++) {
				company = this.companies.companyLine(parts.get(j));
			}
			return Optional.of(new Person(name, company));
		}
		return Optional.empty();
	}

	/** Lines under a closing: a name, then maybe a job title, then maybe the company. */
	private Optional<Person> signatureBlock(List<String> lines) {
		for (int i = 0; i < lines.size() && i < 2; i++) {
			if (isFooter(lines.get(i))) {
				return Optional.empty();
			}
			Optional<Person> person = signatureLine(lines.get(i));
			if (person.isPresent()) {
				String company = person.get().company();
				for (int j = i + 1; company == null && j < lines.size() && j <= i + 3; j++) {
					if (isFooter(lines.get(j))) {
						break;
					}
					company = this.companies.companyLine(lines.get(j));
				}
				return Optional.of(new Person(person.get().name(), company));
			}
		}
		return Optional.empty();
	}

	/** A name alone on the last line (before any footer), or as the whole message. */
	Optional<Person> trailingName(List<String> lines) {
		List<String> body = new ArrayList<>();
		for (String line : lines) {
			if (isFooter(line)) {
				break;
			}
			body.add(line);
		}
		while (!body.isEmpty() && this.companies.isContactLine(body.get(body.size() - 1))) {
			body.remove(body.size() - 1);
		}
		if (body.isEmpty() || (body.size() == 1 && lines.size() > 1)) {
			return Optional.empty();
		}
		String last = this.honorificPrefix.matcher(body.get(body.size() - 1)).replaceFirst("");
		Matcher matcher = NAME_LINE.matcher(last);
		if (matcher.matches()) {
			String name = this.names.apply(matcher.group(1));
			return Optional.ofNullable(name).map((found) -> new Person(found, null));
		}
		return Optional.empty();
	}

	boolean isFooter(String line) {
		return this.footer.matcher(line).find();
	}

}
