package com.aibackend.identity;

import java.util.List;

/**
 * The demo logins and their published passwords: created only in the demo setup, and
 * refused by the production mode wherever they are still found.
 */
public final class DemoUsers {

	public record DemoUser(String id, String password, String firstName, String lastName, List<String> groups) {
	}

	public static final List<DemoUser> ALL = List.of(
			new DemoUser("admin@example.com", "admin123", "Ada", "Admin", List.of(Roles.ADMINS, Roles.AGENTS)),
			new DemoUser("agent@example.com", "agent123", "Aaron", "Agent", List.of(Roles.AGENTS)),
			new DemoUser("analyst@example.com", "analyst123", "Anna", "Analyst", List.of(Roles.ANALYSTS)),
			new DemoUser("prometheus@example.com", "prometheus123", "Prometheus", "Scraper", List.of(Roles.MONITORING)),
			new DemoUser("alice@example.com", "consultant123", "Alice", "Network",
					List.of(Roles.CONSULTANTS, "network-team", "email-team")),
			new DemoUser("bob@example.com", "consultant123", "Bob", "Hardware",
					List.of(Roles.CONSULTANTS, "network-team", "hardware-team")),
			new DemoUser("carol@example.com", "consultant123", "Carol", "Access",
					List.of(Roles.CONSULTANTS, "network-team", "access-team")),
			new DemoUser("dave@example.com", "consultant123", "Dave", "Billing",
					List.of(Roles.CONSULTANTS, "billing-team", "access-team")),
			new DemoUser("erin@example.com", "consultant123", "Erin", "Software",
					List.of(Roles.CONSULTANTS, "hardware-team", "software-team", "email-team")),
			new DemoUser("frank@example.com", "consultant123", "Frank", "Software",
					List.of(Roles.CONSULTANTS, "software-team")));

	private DemoUsers() {
	}

}
