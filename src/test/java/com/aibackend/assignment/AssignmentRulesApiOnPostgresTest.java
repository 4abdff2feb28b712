package com.aibackend.assignment;

import com.aibackend.EmbeddedPostgres;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The rules API on PostgreSQL; the same context as
 * {@link AssignmentBehaviourOnPostgresTest}.
 */
@SpringBootTest(properties = { "camunda.bpm.job-execution.enabled=false", "aibackend.demo.enabled=true" })
@AutoConfigureMockMvc
@ActiveProfiles("postgres")
// Closed while PostgreSQL still runs, so the test JVM exits at once.
@DirtiesContext
class AssignmentRulesApiOnPostgresTest extends AssignmentRulesApiTest {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> EmbeddedPostgres.url("assignment_tests"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

}
