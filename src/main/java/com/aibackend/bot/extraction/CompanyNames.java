package com.aibackend.bot.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.aibackend.bot.language.Lexicon;

/**
 * Reads a company's name: after a cue ("from …", "on behalf of …", "kami dari …"), in
 * brackets or after a comma beside a name, on a signature line, by its legal form
 * anywhere ("PT Maju Bersama", "Huber Holzbau KG"), or from a business e-mail domain.
 * Legal forms stay as written; departments ("bagian keuangan") are no company.
 */
final class CompanyNames {

	/**
	 * Where the rest of a sentence ends: a full stop after a word of four letters or more
	 * or a number ("… Logistics. Since"), ! or ?, or a line break. Short words before a
	 * full stop are abbreviations ("Co.", "PT.", "Dr.").
	 */
	static final Pattern SENTENCE_END = Pattern.compile("(?:(?<=\\p{L}{4}|\\d)\\.(?=\\s|$)|[!?;]|\\R)");

	static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

	/** Second-level labels under which the company is the label before ("acme.co.uk"). */
	private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "org", "net", "ac", "go", "or", "gov", "edu",
			"ltd", "plc", "my", "web", "sch", "biz");

	private static final Set<String> FREE_MAIL = Set.of("gmail", "googlemail", "yahoo", "ymail", "outlook", "hotmail",
			"live", "msn", "icloud", "me", "mac", "gmx", "web", "aol", "proton", "protonmail", "mail", "yandex",
			"t-online", "freenet", "fastmail", "zoho", "qq", "163", "rocketmail",
			// Reserved for documentation and tests (RFC 2606): nobody's company.
			"example");

	/**
	 * A web address, an e-mail address, a labelled contact ("Tel: …") or a phone number.
	 */
	private final Pattern contactLine;

	private final Set<String> connectors;

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

	CompanyNames(Lexicon words, Set<String> notNames, Pattern footer) {
		String afterName = words.alternation("company-after-name");
		this.companyAfterName = Pattern.compile("(?<![\\p{L}])(?iu:" + afterName + ")[ \\t]+");
		this.companyCue = Pattern.compile("(?<![\\p{L}])(?iu:" + words.alternation("company-cues") + ")[ \\t]+");
		this.footer = footer;
		this.jobTitle = words.phrasePattern("job-titles");
		this.department = Pattern.compile("^(?:(?iu:" + words.alternation("departments") + ")[ \\t]+)+");
		this.companyNoun = Pattern.compile("^(?:(?iu:" + words.alternation("company-nouns") + ")[ \\t]+)(?=\\p{Lu})");
		this.notNames = notNames;
		this.contactLine = Pattern.compile("(?iu)(?:https?://|www\\.|@|^(?:" + words.alternation("contact-labels")
				+ ")(?![\\p{L}])|^[+\\d(][\\d\\s()/.-]{6,}$)");
		this.connectors = words.set("company-connectors");
		this.notCompanies = words.set("not-companies");
		this.legalSuffixes = new HashSet<>(words.set("legal-forms.suffix"));
		this.legalPrefixes = new HashSet<>(words.set("legal-forms.prefix"));
	}

	boolean isContactLine(String line) {
		return this.contactLine.matcher(line).find();
	}

	boolean isLegalForm(String word) {
		String bare = bare(word);
		return this.legalSuffixes.contains(bare) || this.legalPrefixes.contains(bare);
	}

	/** A line that is a company's name rather than a job title, a phone or an address. */
	String companyLine(String line) {
		String candidate = line.strip();
		if (candidate.isEmpty() || this.contactLine.matcher(candidate).find()
				|| this.footer.matcher(candidate).find()) {
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
	String companyInSentence(String rest) {
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
	String companyInText(String text) {
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
		for (String line : Lines.of(text)) {
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
			boolean connector = this.connectors.contains(token.toLowerCase(Locale.ROOT)) && !kept.isEmpty()
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
		while (!kept.isEmpty() && this.connectors.contains(kept.get(kept.size() - 1).toLowerCase(Locale.ROOT))) {
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
			.map(CompanyNames::bare)
			.anyMatch((token) -> this.legalSuffixes.contains(token) || this.legalSuffixes.contains(token + ".")
					|| this.legalPrefixes.contains(token));
	}

	private static String bare(String token) {
		return token.replaceAll("[,;:!?()]+", "").replaceAll("\\.+$", "").toLowerCase(Locale.ROOT);
	}

	private static boolean isCapitalised(String token) {
		return !token.isEmpty() && (Character.isUpperCase(token.codePointAt(0)) || Character.isDigit(token.charAt(0)));
	}

	/** The company of a business e-mail address ("jane@acme.co.uk" → "Acme"). */
	static String companyOfDomain(String senderAddress) {
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

}
