package com.aibackend.benchmark;

import java.util.ArrayList;
import java.util.List;

/**
 * The arguments of the bench, crash, cluster and insights-bench commands; anything
 * starting with {@code --} that they do not know goes to the application (for example
 * {@code --camunda.bpm.job-execution.core-pool-size=2}).
 */
record Options(String database, int messages, int rate, int threads, int killAfterSeconds, int tickets,
		List<String> appArguments) {

	static Options parse(String[] args, String defaultDatabase) {
		String database = defaultDatabase;
		int messages = 1000;
		int rate = 100;
		int threads = 8;
		int killAfter = 5;
		int tickets = 100_000;
		List<String> rest = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			String value = (arg.contains("=")) ? arg.substring(arg.indexOf('=') + 1)
					: (i + 1 < args.length) ? args[i + 1] : null;
			String name = (arg.contains("=")) ? arg.substring(0, arg.indexOf('=')) : arg;
			boolean separate = !arg.contains("=");
			switch (name) {
				case "--database" -> database = required(name, value);
				case "--messages" -> messages = positive(name, value);
				case "--rate" -> rate = positive(name, value);
				case "--threads" -> threads = positive(name, value);
				case "--kill-after" -> killAfter = positive(name, value);
				case "--tickets" -> tickets = positive(name, value);
				default -> {
					rest.add(arg);
					separate = false;
				}
			}
			if (separate) {
				i++;
			}
		}
		if (!List.of("h2", "postgres").contains(database)) {
			throw new IllegalArgumentException("--database is h2 or postgres, not " + database);
		}
		return new Options(database, messages, rate, threads, killAfter, tickets, List.copyOf(rest));
	}

	private static String required(String name, String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " needs a value");
		}
		return value;
	}

	private static int positive(String name, String value) {
		try {
			int number = Integer.parseInt(required(name, value));
			if (number > 0) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// Reported below.
		}
		throw new IllegalArgumentException(name + " must be a positive number, not " + value);
	}

}
