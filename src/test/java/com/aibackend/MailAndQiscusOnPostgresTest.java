package com.aibackend;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Qiscus and e-mail end to end on PostgreSQL (profile {@code postgres}): the scenarios of
 * {@link MailAndQiscusTest}.
 */
@ActiveProfiles("postgres")
class MailAndQiscusOnPostgresTest extends MailAndQiscusTest {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> EmbeddedPostgres.url("channels"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

}
