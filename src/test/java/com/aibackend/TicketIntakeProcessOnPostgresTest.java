package com.aibackend;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every path of {@code ticket-intake} ({@link TicketIntakeProcessTest}) on PostgreSQL
 * (profile {@code postgres}).
 */
@ActiveProfiles("postgres")
// Closed while PostgreSQL still runs.
@DirtiesContext
class TicketIntakeProcessOnPostgresTest extends TicketIntakeProcessTest {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> EmbeddedPostgres.url("process_tests"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

}
