package com.aibackend.assignment.rules;

import com.aibackend.assignment.AssignmentStrategy;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.aibackend.identity.Roles;
import org.camunda.bpm.engine.IdentityService;

/**
 * Checks rows before they are deployed: known values everywhere, what each strategy
 * needs, a catch-all row last, and no row that an earlier row hides.
 */
final class RuleValidation {

	static final Set<String> PRIORITIES = Set.of("LOW", "MEDIUM", "HIGH");

	private final Set<String> services;

	private final Set<String> channels;

	private final IdentityService identityService;

	RuleValidation(Set<String> services, Set<String> channels, IdentityService identityService) {
		this.services = services;
		this.channels = channels;
		this.identityService = identityService;
	}

	/** Per row number (from 1), what is wrong with it; empty when all rows are fine. */
	Map<Integer, List<String>> check(List<RuleRow> rows) {
		Map<Integer, List<String>> errors = new LinkedHashMap<>();
		if (rows.isEmpty()) {
			errors.put(1, List.of("the table needs at least one row"));
			return errors;
		}
		Set<String> names = new HashSet<>();
		for (int i = 0; i < rows.size(); i++) {
			List<String> reasons = new ArrayList<>();
			RuleRow row = rows.get(i);
			if (row == null) {
				errors.put(i + 1, List.of("the row is empty"));
				continue;
			}
			if (blank(row.name())) {
				reasons.add("name is required");
			}
			else if (!names.add(row.name().strip())) {
				reasons.add("name '%s' is used by an earlier row".formatted(row.name().strip()));
			}
			known(reasons, "service", row.service(), this.services);
			known(reasons, "priority", row.priority(), PRIORITIES);
			known(reasons, "channel", row.channel(), this.channels);
			for (String language : values(row.language())) {
				if (!language.matches("[a-z]{2}")) {
					reasons.add("language '%s' is not an ISO 639-1 code such as en, de, id".formatted(language));
				}
			}
			strategy(reasons, row);
			Duration firstResponse = duration(reasons, "firstResponse", row.firstResponse());
			Duration resolution = duration(reasons, "resolution", row.resolution());
			if (firstResponse != null && resolution != null && firstResponse.compareTo(resolution) > 0) {
				reasons.add("firstResponse must not be longer than resolution");
			}
			for (int j = 0; j < i; j++) {
				if (rows.get(j) != null && covers(rows.get(j), row)) {
					reasons.add("never reached: row %d (%s) matches every request this row matches".formatted(j + 1,
							rows.get(j).name()));
					break;
				}
			}
			if (!reasons.isEmpty()) {
				errors.put(i + 1, reasons);
			}
		}
		RuleRow last = rows.get(rows.size() - 1);
		if (last != null && !catchAll(last)) {
			errors.computeIfAbsent(rows.size(), (row) -> new ArrayList<>())
				.add("the last row must match every request: leave service, priority, channel and language empty");
		}
		return errors;
	}

	private void strategy(List<String> reasons, RuleRow row) {
		if (blank(row.strategy())) {
			reasons.add("strategy is required: one of " + Arrays.toString(AssignmentStrategy.values()));
			return;
		}
		AssignmentStrategy strategy = strategyOf(reasons, "strategy", row.strategy());
		if (strategy == null) {
			return;
		}
		if (!blank(row.pool()) && this.identityService.createGroupQuery().groupId(row.pool().strip()).count() == 0) {
			reasons.add("pool '%s' is no group".formatted(row.pool().strip()));
		}
		if (strategy == AssignmentStrategy.STATIC) {
			if (blank(row.consultant())) {
				reasons.add("STATIC needs a consultant");
			}
			else if (this.identityService.createUserQuery()
				.userId(row.consultant().strip())
				.memberOfGroup(Roles.CONSULTANTS)
				.count() == 0) {
				reasons.add("consultant '%s' is no consultant".formatted(row.consultant().strip()));
			}
			AssignmentStrategy fallback = strategyOf(reasons, "fallbackStrategy", row.fallbackStrategy());
			if (fallback == AssignmentStrategy.STATIC) {
				reasons.add("fallbackStrategy cannot be STATIC");
			}
			if (fallback != null && blank(row.pool())) {
				reasons.add("a fallbackStrategy needs a pool to choose from");
			}
		}
		else {
			if (blank(row.pool())) {
				reasons.add(strategy + " needs a pool");
			}
			if (!blank(row.consultant())) {
				reasons.add("only STATIC names a consultant");
			}
			if (!blank(row.fallbackStrategy())) {
				reasons.add("only STATIC has a fallbackStrategy");
			}
		}
	}

	private static AssignmentStrategy strategyOf(List<String> reasons, String field, String value) {
		if (blank(value)) {
			return null;
		}
		try {
			return AssignmentStrategy.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			reasons.add("%s '%s' is unknown; expected one of %s".formatted(field, value.strip(),
					Arrays.toString(AssignmentStrategy.values())));
			return null;
		}
	}

	private static Duration duration(List<String> reasons, String field, String value) {
		if (blank(value)) {
			return null;
		}
		try {
			Duration duration = Duration.parse(value.strip());
			if (duration.isNegative() || duration.isZero()) {
				reasons.add(field + " must be positive");
				return null;
			}
			return duration;
		}
		catch (DateTimeParseException ex) {
			reasons.add("%s '%s' is no ISO-8601 duration such as PT4H or P2D".formatted(field, value.strip()));
			return null;
		}
	}

	private static void known(List<String> reasons, String field, String value, Set<String> allowed) {
		for (String item : values(value)) {
			if (!allowed.contains(item.toUpperCase(Locale.ROOT))) {
				reasons.add("%s '%s' is unknown; expected one of %s".formatted(field, item,
						allowed.stream().sorted().collect(Collectors.joining(", "))));
			}
		}
	}

	/** Row {@code earlier} matches every request {@code later} matches. */
	static boolean covers(RuleRow earlier, RuleRow later) {
		return covers(earlier, later, RuleRow::service) && covers(earlier, later, RuleRow::priority)
				&& covers(earlier, later, RuleRow::channel) && covers(earlier, later, RuleRow::language);
	}

	private static boolean covers(RuleRow earlier, RuleRow later, Function<RuleRow, String> input) {
		List<String> wide = values(input.apply(earlier));
		List<String> narrow = values(input.apply(later));
		if (wide.isEmpty()) {
			return true;
		}
		return !narrow.isEmpty() && new HashSet<>(upper(wide)).containsAll(upper(narrow));
	}

	static boolean catchAll(RuleRow row) {
		return values(row.service()).isEmpty() && values(row.priority()).isEmpty() && values(row.channel()).isEmpty()
				&& values(row.language()).isEmpty();
	}

	static List<String> values(String cell) {
		if (blank(cell)) {
			return List.of();
		}
		return Arrays.stream(cell.split(",")).map(String::strip).filter((value) -> !value.isEmpty()).toList();
	}

	private static List<String> upper(List<String> values) {
		return values.stream().map((value) -> value.toUpperCase(Locale.ROOT)).toList();
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
