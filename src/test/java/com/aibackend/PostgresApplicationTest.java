package com.aibackend;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running application on PostgreSQL (profile {@code postgres}), with real PostgreSQL
 * binaries started by the test from the build's dependencies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "logging.level.org.camunda.bpm.engine.rest.exception=off")
@ActiveProfiles("postgres")
// Closed while PostgreSQL still runs: at JVM exit its job executor would wait for a
// stopped database.
@DirtiesContext
class PostgresApplicationTest extends RunningApplicationScenarios {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> EmbeddedPostgres.url("postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

}
