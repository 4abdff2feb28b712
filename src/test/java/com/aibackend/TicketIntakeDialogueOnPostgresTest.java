package com.aibackend;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The scenarios ({@link TicketIntakeDialogueTest}) on PostgreSQL (profile
 * {@code postgres}).
 */
@ActiveProfiles("postgres")
// Closed while PostgreSQL still runs.
@DirtiesContext
class TicketIntakeDialogueOnPostgresTest extends TicketIntakeDialogueTest {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> EmbeddedPostgres.url("process_tests"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

}
