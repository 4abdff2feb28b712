package com.aibackend.security.production;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.aibackend.identity.DemoUsers;
import com.aibackend.shared.SettingsCondition;
import org.camunda.bpm.engine.IdentityService;

import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The production checklist, checked before the application takes any request: no demo
 * logins, no published demo passwords, a real database, every channel either fully
 * configured with its secret or off. Every gap is named at once, and the start fails.
 */
@Component
@Profile("production")
class ProductionReadiness {

	/**
	 * A channel's settings: all of them, or none. The first of each names the channel.
	 */
	private static final Map<String, List<String>> CHANNELS = Map.of("WhatsApp",
			List.of("aibackend.whatsapp.verify-token", "aibackend.whatsapp.app-secret",
					"aibackend.whatsapp.access-token", "aibackend.whatsapp.phone-number-id"),
			"Qiscus",
			List.of("aibackend.qiscus.webhook-secret", "aibackend.qiscus.app-code", "aibackend.qiscus.secret-key"),
			"E-mail in (IMAP)",
			List.of("aibackend.mail.imap.host", "aibackend.mail.imap.username", "aibackend.mail.imap.password"),
			"E-mail out (SMTP)", List.of("aibackend.mail.smtp.host", "aibackend.mail.from"));

	ProductionReadiness(Environment environment, IdentityService identityService) {
		List<String> problems = problems(environment, identityService);
		if (!problems.isEmpty()) {
			throw new NotReadyForProductionException(problems);
		}
	}

	static List<String> problems(Environment environment, IdentityService identityService) {
		List<String> problems = new ArrayList<>();
		if (environment.getProperty("aibackend.demo.enabled", Boolean.class, false)) {
			problems.add("Demo users are enabled: set DEMO_ENABLED=false.");
		}
		String url = environment.getProperty("spring.datasource.url", "");
		if (url.startsWith("jdbc:h2:")) {
			problems.add("The database is the embedded H2 (%s): run with the postgres profile and set DB_URL, "
				.formatted(url.replaceAll(";.*", "")) + "DB_USER and DB_PASSWORD.");
		}
		CHANNELS.forEach((channel, settings) -> {
			List<String> missing = SettingsCondition.missing(environment, settings.toArray(String[]::new));
			if (!missing.isEmpty() && missing.size() < settings.size()) {
				problems.add("%s is half configured: set %s, or remove its other settings to switch it off.".formatted(
						channel, String.join(", ", missing.stream().map(ProductionReadiness::variable).toList())));
			}
		});
		for (DemoUsers.DemoUser demo : DemoUsers.ALL) {
			boolean present = identityService.createUserQuery().userId(demo.id()).count() > 0;
			if (present && identityService.checkPassword(demo.id(), demo.password())) {
				problems.add(
						"User %s still has the published demo password: delete the user or change the password in Camunda Admin."
							.formatted(demo.id()));
			}
		}
		return problems;
	}

	/** The environment variable behind a setting, as the README lists them. */
	private static String variable(String property) {
		return property.replaceFirst("^aibackend\\.", "")
			.replace('.', '_')
			.replace('-', '_')
			.toUpperCase(java.util.Locale.ROOT);
	}

}
