package com.aibackend.bot.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.aibackend.bot.BotProperties;
import com.aibackend.bot.classification.ClassificationInput;
import com.aibackend.bot.language.Lexicon;
import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

/**
 * Finds what a ticket needs in the customer's messages: the requester's name and company
 * (from introductions anywhere in a message, from signature blocks, else the channel's
 * display name and a business e-mail domain), a contact (sender address, else an e-mail
 * address or a phone number found by libphonenumber), a title and a description without
 * greeting and signature, and a ticket reference. The words it reads by — introductions,
 * honorifics, closings, legal forms — come from the languages' {@link Lexicon}.
 */
public class FieldExtractor {

	private static final Pattern TICKET_REFERENCE = Pattern.compile("(?i)\\bTCK[-\\s]?(\\d{1,9})\\b");

	/** A capitalised word ("O'Neill", "Ayşe"); whether it is a name is checked after. */
	private static final String NAME_WORD = "\\p{Lu}[\\p{L}'’-]*\\p{L}";

	/** One to four capitalised words on one line. */
	private static final String NAME = "(" + NAME_WORD + "(?:[ \\t]+" + NAME_WORD + "){0,3})";

	private static final Pattern WA_ID = Pattern.compile("[1-9]\\d{7,14}");

	private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

	private static final Pattern URL_OR_CONTACT_LINE = Pattern.compile(
			"(?i)(?:https?://|www\\.|@|^(?:tel|phone|fon|telefon|mobile|mobil|hp|wa|fax|e-?mail|web)\\b|^[+\\d(][\\d\\s()/.-]{6,}$)");

	/**
	 * Where the rest of a sentence ends: a full stop after a word of four letters or more
	 * or a number ("… Logistics. Since"), ! or ?, or a line break. Short words before a
	 * full stop are abbreviations ("Co.", "PT.", "Dr.").
	 */
	private static final Pattern SENTENCE_END = Pattern.compile("(?:(?<=\\p{L}{4}|\\d)\\.(?=\\s|$)|[!?;]|\\R)");

	/** Separators between a signature's name, job title and company. */
	private static final Pattern SIGNATURE_PARTS = Pattern.compile("\\s*(?:,|\\||\\s[-–—]\\s|\\s/\\s)\\s*");

	private static final Pattern SIGNATURE_DELIMITER = Pattern.compile("(?:^|\\s)(?:--|—|–|-)[ \\t]*(\\p{Lu}.*)$");

	/** Second-level labels under which the company is the label before ("acme.co.uk"). */
	private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "org", "net", "ac", "go", "or", "gov", "edu",
			"ltd", "plc", "my", "web", "sch", "biz");

	private static final Set<String> FREE_MAIL = Set.of("gmail", "googlemail", "yahoo", "ymail", "outlook", "hotmail",
			"live", "msn", "icloud", "me", "mac", "gmx", "web", "aol", "proton", "protonmail", "mail", "yandex",
			"t-online", "freenet", "fastmail", "zoho", "qq", "163", "rocketmail");

	private static final Set<String> CONNECTORS = Set.of("&", "+", "and", "und", "dan", "of", "de", "la", "van", "der",
			"für");

	/** Reply and forward prefixes and our conversation tags in a subject. */
	private static final Pattern SUBJECT_TAGS = Pattern
		.compile("(?i)^(?:\\s*(?:re|aw|wg|fw|fwd|balas|tr)\\s*:\\s*)+|\\[(?:REQ|TCK)-[^\\]]*\\]");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\d][\\p{L}\\d'’-]*");

	private final BotProperties properties;

	private final Lexicon lexicon;

	private final Pattern introduction;

	private final Pattern nameHere;

	private final Pattern opening;

	private final Pattern closing;

	private final Pattern greetingPrefix;

	private final Pattern honorificPrefix;

	private final Pattern companyAfterName;

	private final Pattern companyCue;

	private final Pattern footer;

	private final Pattern jobTitle;

	private final Pattern department;

	private final Pattern companyNoun;

	private final Set<String> notNames;

	private final Set<String> notCompanies;

	private final Set<String> legalSuffixes;

	private final Set<String> legalPrefixes;

	public FieldExtractor(BotProperties properties) {
		this.properties = properties;
		this.lexicon = Lexicon.of(properties.languages());
		Lexicon words = this.lexicon;
		String honorifics = "(?:(?iu:" + withoutDots(words.alternation("honorifics")) + ")\\.?[ \\t]+)*";
		String afterName = words.alternation("company-after-name");
		this.introduction = Pattern.compile("(?<![\\p{L}'])(?:(?iu:" + words.alternation("introductions") + ")[ \\t]+"
				+ honorifics + "|(?iu:" + words.alternation("introductions.needing-honorific") + ")[ \\t]+"
				+ honorifics.replace(")*", ")+") + ")" + NAME + "(?![\\p{L}\\d])");
		this.nameHere = Pattern.compile("(?<![\\p{L}])" + honorifics + NAME
				+ "((?:[ \\t]*\\([^)\\n]{2,60}\\))?(?:,?[ \\t]+(?iu:" + afterName
				+ ")[ \\t]+\\p{Lu}[^\\n,.!?]{1,60}?)?)[ \\t]+(?iu:" + words.alternation("name-here") + ")(?![\\p{L}])");
		this.greetingPrefix = Pattern.compile("^\\s*(?:(?iu:" + words.alternation("greetings")
				+ ")(?:[ \\t]+(?iu:team|all|there|everyone|zusammen|semua))?(?:[ \\t]*[,!.:]+[ \\t]*|[ \\t]*\\R\\s*|[ \\t]+))+");
		this.opening = Pattern
			.compile("^" + honorifics + NAME + "(?=[ \\t]*(?:,|\\(|[ \\t](?iu:" + afterName + ")[ \\t]))");
		this.closing = Pattern.compile("(?iu)(?:^|(?<=[.!?,])[ \\t]+)(?:--?[ \\t]*)?(?:" + words.alternation("closings")
				+ ")(?:[ \\t]+(?:und|and|dan|&)[ \\t]+(?:" + words.alternation("closings") + "))*(?![\\p{L}])"
				+ "(?:[ \\t]+(?:aus|from|dari)[ \\t]+\\p{L}+)?[ \\t]*[,!.:]*[ \\t]*(.*)$");
		this.honorificPrefix = Pattern.compile("^" + honorifics);
		this.companyAfterName = Pattern.compile("(?<![\\p{L}])(?iu:" + afterName + ")[ \\t]+");
		this.companyCue = Pattern.compile("(?<![\\p{L}])(?iu:" + words.alternation("company-cues") + ")[ \\t]+");
		this.footer = Pattern.compile("(?iu)^(?:" + words.alternation("footers") + ")");
		this.jobTitle = words.phrasePattern("job-titles");
		this.department = Pattern.compile("^(?:(?iu:" + words.alternation("departments") + ")[ \\t]+)+");
		this.companyNoun = Pattern.compile("^(?:(?iu:" + words.alternation("company-nouns") + ")[ \\t]+)(?=\\p{Lu})");
		this.notNames = new HashSet<>(words.set("not-names"));
		for (String key : List.of("greetings", "closings", "honorifics", "job-titles", "departments", "courtesy")) {
			words.phrases(key).stream().filter((phrase) -> !phrase.contains(" ")).forEach(this.notNames::add);
		}
		properties.services()
			.forEach((service) -> service.keywords()
				.forEach((keyword) -> this.notNames.add(keyword.toLowerCase(Locale.ROOT))));
		this.notCompanies = words.set("not-companies");
		this.legalSuffixes = new HashSet<>(words.set("legal-forms.suffix"));
		this.legalPrefixes = new HashSet<>(words.set("legal-forms.prefix"));
	}

	/**
	 * Name, company, contact, description, title and ticket reference of the customer's
	 * messages.
	 */
	public ExtractedFields extract(ClassificationInput input) {
		String all = String.join("\n", input.texts());
		String searchable = ((input.subject() != null) ? input.subject() + "\n" : "") + all;
		Person person = person(input);
		String company = (person.company() != null) ? person.company() : companyInText(searchable);
		if (company == null) {
			company = companyOfDomain(input.senderAddress());
		}
		String description = description(input.texts());
		return new ExtractedFields(person.name(), company, contact(input.senderAddress(), all, input.language()),
				description, ticketReference(searchable), title(input.subject(), input.texts()));
	}

	private static String ticketReference(String text) {
		Matcher matcher = TICKET_REFERENCE.matcher(text);
		return matcher.find() ? "TCK-%06d".formatted(Long.parseLong(matcher.group(1))) : null;
	}

	/** The latest message that names its writer wins; else the channel's display name. */
	private Person person(ClassificationInput input) {
		Person found = null;
		for (String text : input.texts()) {
			Person person = personIn(text);
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

	/** The writer of one message, with their company when it is said with the name. */
	Person personIn(String text) {
		return firstOf(introduced(text), nameHere(text), opening(text), signature(text));
	}

	@SafeVarargs
	private static Person firstOf(Optional<Person>... candidates) {
		for (Optional<Person> candidate : candidates) {
			if (candidate.isPresent()) {
				return candidate.get();
			}
		}
		return null;
	}

	/** "My name is …", "this is … from …", "saya … dari …", "hier schreibt … von …". */
	private Optional<Person> introduced(String text) {
		Matcher matcher = this.introduction.matcher(text);
		while (matcher.find()) {
			String name = name(matcher.group(1));
			if (name != null) {
				return Optional.of(new Person(name, companyInSentence(text.substring(matcher.end(1)))));
			}
		}
		return Optional.empty();
	}

	/**
	 * "Tom Reed of Reed Architects here", "Lucas Martin (Orbit Media) here", "Lukas hier
	 * von …".
	 */
	private Optional<Person> nameHere(String text) {
		Matcher matcher = this.nameHere.matcher(text);
		while (matcher.find()) {
			String name = name(matcher.group(1));
			if (name != null) {
				String company = companyInSentence(matcher.group(2));
				if (company == null) {
					company = companyInSentence(text.substring(matcher.end()));
				}
				return Optional.of(new Person(name, company));
			}
		}
		return Optional.empty();
	}

	/** A message that opens with the writer: "Hi, Omar Haddad from Sunline Travel." */
	private Optional<Person> opening(String text) {
		String start = this.greetingPrefix.matcher(text).replaceFirst("");
		Matcher matcher = this.opening.matcher(start);
		if (matcher.find()) {
			String name = name(matcher.group(1));
			String company = companyInSentence(start.substring(matcher.end(1)));
			if (name != null && company != null) {
				return Optional.of(new Person(name, company));
			}
		}
		return Optional.empty();
	}

	/**
	 * A signature: after a closing ("Regards, Jane Doe" or on the next lines), after a
	 * delimiter ("-- Kevin Wu, Summit Bikes"), a "Name | Title | Company" line, or a name
	 * on its own at the end of the message.
	 */
	private Optional<Person> signature(String text) {
		List<String> lines = lines(text);
		for (int i = lines.size() - 1; i >= 0; i--) {
			String line = lines.get(i);
			Matcher closing = this.closing.matcher(line);
			Matcher delimiter = SIGNATURE_DELIMITER.matcher(line);
			String rest = closing.find() ? closing.group(1).strip() : delimiter.find() ? delimiter.group(1).strip()
					: line.equals("--") || line.equals("-- ") ? "" : null;
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
	 * "Jane Doe", "Dr. Helen Cho, Riverside Clinic", "Paul Nguyen - Apex LLC", "Heike
	 * Neumann (Neumann Immobilien)".
	 */
	private Optional<Person> signatureLine(String line) {
		List<String> parts = Arrays.stream(SIGNATURE_PARTS.split(line.strip()))
			.map(String::strip)
			.filter((part) -> !part.isEmpty())
			.toList();
		for (int i = 0; i < parts.size(); i++) {
			String candidate = this.honorificPrefix.matcher(parts.get(i)).replaceFirst("");
			Matcher whole = Pattern.compile("^" + NAME + "(.*)$").matcher(candidate);
			if (!whole.matches()) {
				continue;
			}
			String name = name(whole.group(1));
			if (name == null) {
				return Optional.empty();
			}
			String company = companyInSentence(whole.group(2));
			for (int j = i + 1; company == null && j < parts.size(); j++) {
				company = companyLine(parts.get(j));
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
					company = companyLine(lines.get(j));
				}
				return Optional.of(new Person(person.get().name(), company));
			}
		}
		return Optional.empty();
	}

	/** A name alone on the last line (before any footer), or as the whole message. */
	private Optional<Person> trailingName(List<String> lines) {
		List<String> body = new ArrayList<>();
		for (String line : lines) {
			if (isFooter(line)) {
				break;
			}
			body.add(line);
		}
		while (!body.isEmpty() && URL_OR_CONTACT_LINE.matcher(body.get(body.size() - 1)).find()) {
			body.remove(body.size() - 1);
		}
		if (body.isEmpty() || (body.size() == 1 && lines.size() > 1)) {
			return Optional.empty();
		}
		String last = this.honorificPrefix.matcher(body.get(body.size() - 1)).replaceFirst("");
		Matcher matcher = Pattern.compile("^" + NAME + "[.!]?$").matcher(last);
		if (matcher.matches()) {
			String name = name(matcher.group(1));
			return Optional.ofNullable(name).map((found) -> new Person(found, null));
		}
		return Optional.empty();
	}

	private boolean isFooter(String line) {
		return this.footer.matcher(line).find();
	}

	/** A line that is a company's name rather than a job title, a phone or an address. */
	private String companyLine(String line) {
		String candidate = line.strip();
		if (candidate.isEmpty() || URL_OR_CONTACT_LINE.matcher(candidate).find() || isFooter(candidate)) {
			return null;
		}
		if (this.jobTitle.matcher(candidate).find() && !hasLegalForm(candidate)) {
			return null;
		}
		String company = company(candidate, true);
		return (company != null && company.length() >= candidate.replaceAll("[.,]+$", "").length() - 1) ? company
				: null;
	}

	/**
	 * The company the rest of a sentence names after a name: "(Orbit Media)", ", Huber
	 * Holzbau KG", "from Sunline Travel", "dari bagian keuangan PT Sentosa Abadi Tbk".
	 */
	private String companyInSentence(String rest) {
		Matcher end = SENTENCE_END.matcher(rest);
		String sentence = end.find() ? rest.substring(0, end.start()) : rest;
		Matcher parenthesis = Pattern.compile("^[ \\t]*\\(([^)]{2,60})\\)").matcher(sentence);
		if (parenthesis.find()) {
			String company = company(parenthesis.group(1), true);
			if (company != null) {
				return company;
			}
		}
		Matcher comma = Pattern.compile("^[ \\t]*,[ \\t]*([^,]+)").matcher(sentence);
		if (comma.find()) {
			String company = company(comma.group(1), false);
			if (company != null && hasLegalForm(company)) {
				return company;
			}
		}
		Matcher cue = this.companyAfterName.matcher(sentence);
		while (cue.find()) {
			String after = this.department.matcher(sentence.substring(cue.end())).replaceFirst("");
			String company = company(after, false);
			if (company != null) {
				return company;
			}
		}
		return null;
	}

	/** A company named anywhere: after a cue ("on behalf of …"), or by its legal form. */
	private String companyInText(String text) {
		Matcher cue = this.companyCue.matcher(text);
		while (cue.find()) {
			String company = company(this.department.matcher(text.substring(cue.end())).replaceFirst(""), false);
			if (company != null) {
				return company;
			}
		}
		return companyWithLegalForm(text);
	}

	/** "PT Maju Bersama", "Huber Holzbau KG", "Grant & Sons Plumbing Inc." anywhere. */
	private String companyWithLegalForm(String text) {
		for (String line : lines(text)) {
			List<String> tokens = Arrays.asList(line.split("[ \\t]+"));
			for (int i = 0; i < tokens.size(); i++) {
				String token = bare(tokens.get(i));
				if (isCapitalised(tokens.get(i)) && this.legalPrefixes.contains(token)) {
					String company = company(String.join(" ", tokens.subList(i, tokens.size())), false);
					if (company != null && company.contains(" ")) {
						return company;
					}
				}
				if (i > 0 && isCapitalised(tokens.get(i)) && this.legalSuffixes.contains(token)
						&& !tokens.get(i - 1).endsWith(",")) {
					int start = i;
					while (start > 0 && start > i - 5 && isCompanyWord(tokens.get(start - 1))) {
						start--;
					}
					if (start < i) {
						String company = company(String.join(" ", tokens.subList(start, tokens.size())), false);
						if (company != null && hasLegalForm(company)) {
							return company;
						}
					}
				}
			}
		}
		return null;
	}

	private boolean isCompanyWord(String token) {
		if (token.endsWith(",") || token.endsWith(".") || token.endsWith(":")) {
			return false;
		}
		String bare = bare(token);
		return (isCapitalised(token) && !this.notCompanies.contains(bare) && !this.notNames.contains(bare))
				|| token.equals("&");
	}

	/**
	 * The company's name at the start of a text: capitalised words (with "&" and the like
	 * between them) up to the first lower-case word or punctuation, legal forms kept as
	 * written. {@code whole}: the text is nothing but the name (a signature line).
	 */
	private String company(String text, boolean whole) {
		String[] tokens = this.companyNoun.matcher(text.strip().split("\\R", 2)[0]).replaceFirst("").split("[ \\t]+");
		List<String> kept = new ArrayList<>();
		for (int i = 0; i < tokens.length && kept.size() < 8; i++) {
			String token = tokens[i];
			String bare = bare(token);
			boolean legalForm = this.legalSuffixes.contains(bare) || this.legalPrefixes.contains(bare)
					|| this.legalSuffixes.contains(bare + ".");
			boolean connector = CONNECTORS.contains(token.toLowerCase(Locale.ROOT)) && !kept.isEmpty()
					&& i + 1 < tokens.length && isCapitalised(tokens[i + 1]);
			boolean word = isCapitalised(token) || (legalForm && !kept.isEmpty()) || token.matches("\\d+[\\p{L}\\d]*");
			if (!(word || connector)) {
				break;
			}
			if (kept.isEmpty() && (this.notCompanies.contains(bare) || (this.notNames.contains(bare) && !legalForm))) {
				return null;
			}
			String trailing = token.replaceAll("^.*?([,.;:!?)]*)$", "$1");
			String core = token.substring(0, token.length() - trailing.length());
			// A full stop belongs to abbreviated legal forms ("Co.", "PT.", "S.A.") and
			// initials; after any other word it ends the sentence.
			boolean writtenWithDot = this.legalSuffixes.contains(bare + ".") || this.legalPrefixes.contains(bare + ".")
					|| (!legalForm && core.length() <= 2) || core.contains(".");
			if (trailing.startsWith(".") && writtenWithDot) {
				kept.add(core + ".");
				if (this.legalPrefixes.contains(bare) && kept.size() == 1 && trailing.equals(".")) {
					continue;
				}
				break;
			}
			kept.add(core);
			if (!trailing.isEmpty()
					|| (legalForm && this.legalSuffixes.contains(bare) && !nextIsLegalForm(tokens, i))) {
				break;
			}
		}
		while (!kept.isEmpty() && CONNECTORS.contains(kept.get(kept.size() - 1).toLowerCase(Locale.ROOT))) {
			kept.remove(kept.size() - 1);
		}
		if (kept.isEmpty() || (kept.size() == 1 && this.legalPrefixes.contains(bare(kept.get(0))))) {
			return null;
		}
		if (whole && kept.size() < tokens.length) {
			return null;
		}
		return String.join(" ", kept);
	}

	private boolean nextIsLegalForm(String[] tokens, int i) {
		if (i + 1 >= tokens.length) {
			return false;
		}
		String next = bare(tokens[i + 1]);
		return tokens[i + 1].equals("&") || this.legalSuffixes.contains(next)
				|| this.legalSuffixes.contains(next + ".");
	}

	private boolean hasLegalForm(String company) {
		return Arrays.stream(company.split("[ \\t]+"))
			.map(FieldExtractor::bare)
			.anyMatch((token) -> this.legalSuffixes.contains(token) || this.legalSuffixes.contains(token + ".")
					|| this.legalPrefixes.contains(token));
	}

	private static String bare(String token) {
		return token.replaceAll("[,;:!?()]+", "").replaceAll("\\.+$", "").toLowerCase(Locale.ROOT);
	}

	private static boolean isCapitalised(String token) {
		return !token.isEmpty() && (Character.isUpperCase(token.codePointAt(0)) || Character.isDigit(token.charAt(0)));
	}

	/** The person's name without honorifics, or {@code null} when it is no name. */
	private String name(String candidate) {
		String[] words = this.honorificPrefix.matcher(candidate.strip()).replaceFirst("").split("[ \\t]+");
		List<String> kept = new ArrayList<>();
		for (String word : words) {
			String bare = word.toLowerCase(Locale.ROOT);
			if (this.notNames.contains(bare) || this.legalSuffixes.contains(bare) || this.legalPrefixes.contains(bare)
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

	/** The company of a business e-mail address ("jane@acme.co.uk" → "Acme"). */
	private static String companyOfDomain(String senderAddress) {
		if (senderAddress == null || !EMAIL.matcher(senderAddress).matches()) {
			return null;
		}
		String[] domain = senderAddress.substring(senderAddress.indexOf('@') + 1).split("\\.");
		int index = Math.max(0, domain.length - 2);
		if (index > 0 && SECOND_LEVEL.contains(domain[index].toLowerCase(Locale.ROOT))) {
			index--;
		}
		String label = domain[index];
		if (FREE_MAIL.contains(label.toLowerCase(Locale.ROOT))) {
			return null;
		}
		return Character.toUpperCase(label.charAt(0)) + label.substring(1);
	}

	private String contact(String senderAddress, String text, String language) {
		if (senderAddress != null && !senderAddress.isBlank()) {
			// Chat channels address customers by their number in international digits
			// (WhatsApp's wa_id): E.164 adds the plus.
			return WA_ID.matcher(senderAddress.strip()).matches() ? "+" + senderAddress.strip() : senderAddress.strip();
		}
		Matcher email = EMAIL.matcher(text);
		if (email.find()) {
			return email.group();
		}
		return phoneNumber(text, language);
	}

	/**
	 * The first valid phone number in the text, in E.164 form. International numbers need
	 * no region; national ones are tried against the configured regions in order.
	 */
	private String phoneNumber(String text, String language) {
		PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
		for (String region : this.properties.phoneRegionsFor(language)) {
			for (PhoneNumberMatch match : phones.findNumbers(text, region, PhoneNumberUtil.Leniency.VALID,
					Long.MAX_VALUE)) {
				return phones.format(match.number(), PhoneNumberUtil.PhoneNumberFormat.E164);
			}
		}
		return null;
	}

	/**
	 * The customer's texts without greeting, closing, signature and mail footers; the
	 * introduction stays, it is part of what they wrote.
	 */
	String description(List<String> texts) {
		List<String> kept = new ArrayList<>();
		for (String text : texts) {
			kept.addAll(body(text));
		}
		String description = String.join("\n", kept).strip();
		return description.isEmpty() ? null : description;
	}

	/** The lines of a message between its greeting and its closing. */
	private List<String> body(String text) {
		String withoutGreeting = this.greetingPrefix.matcher(text.strip()).replaceFirst("");
		List<String> kept = new ArrayList<>();
		List<String> lines = lines(withoutGreeting);
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (isFooter(line) || line.equals("--") || line.startsWith("-- ")) {
				break;
			}
			Matcher closing = this.closing.matcher(line);
			if (closing.find()) {
				String before = line.substring(0, closing.start()).strip();
				if (!before.isEmpty()) {
					kept.add(before.replaceAll("[,;]$", ""));
				}
				break;
			}
			Matcher delimiter = SIGNATURE_DELIMITER.matcher(line);
			if (delimiter.find() && signatureLine(delimiter.group(1)).isPresent()) {
				String before = line.substring(0, delimiter.start()).strip();
				if (!before.isEmpty()) {
					kept.add(before);
				}
				break;
			}
			boolean signatureAtEnd = i >= lines.size() - 3 && i > 0 && (line.contains("|")
					? signatureLine(line).isPresent() : trailingName(lines.subList(0, i + 1)).isPresent());
			if (signatureAtEnd) {
				break;
			}
			kept.add(line);
		}
		return kept;
	}

	/**
	 * The problem in at most 80 characters: the first sentence of the description that is
	 * not the writer introducing themselves.
	 */
	String title(String subject, List<String> texts) {
		if (subject != null) {
			String topic = SUBJECT_TAGS.matcher(subject).replaceAll("").strip();
			if (words(topic).stream().filter((word) -> word.length() >= 3).count() >= 2) {
				return shorten(topic);
			}
		}
		List<String> sentences = new ArrayList<>();
		for (String text : texts) {
			for (String line : body(text)) {
				for (String sentence : line.split("(?<=(?:\\p{L}{4}|\\d|\\))[.!?])\\s+|(?<=[!?])\\s+")) {
					if (!sentence.isBlank()) {
						sentences.add(sentence.strip());
					}
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
		Person person = firstOf(introduced(sentence), nameHere(sentence), opening(sentence));
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
		String rest = sentence.substring(from)
			.replaceFirst("^[\\s).]*(?i:here|hier|di sini)?[\\s,;:–—-]*(?i:and|und|dan)?[\\s,]*", "")
			.strip();
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

	private static List<String> lines(String text) {
		return Arrays.stream(text.split("\\R")).map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

	/** The words of a text: letters and digits, with inner apostrophes and hyphens. */
	public static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(text);
		while (matcher.find()) {
			words.add(matcher.group());
		}
		return words;
	}

	/** A writer and, when they said it with their name, their company. */
	record Person(String name, String company) {
	}

}
