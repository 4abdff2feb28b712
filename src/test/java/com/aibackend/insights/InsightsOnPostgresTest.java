package com.aibackend.insights;

import com.aibackend.EmbeddedPostgres;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same figures ({@link InsightsTest}) on PostgreSQL, where the SQL differs. */
@ActiveProfiles("postgres")
// Closed while PostgreSQL still runs.
@DirtiesContext
class InsightsOnPostgresTest extends InsightsTest {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> EmbeddedPostgres.url("insights_tests"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

}
