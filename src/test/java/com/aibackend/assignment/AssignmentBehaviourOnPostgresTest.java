package com.aibackend.assignment;

import java.util.stream.Stream;

import com.aibackend.EmbeddedPostgres;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same assignment behaviour on PostgreSQL (profile {@code postgres}). */
@SpringBootTest(properties = { "camunda.bpm.job-execution.enabled=false", "aibackend.demo.enabled=true" })
@AutoConfigureMockMvc
@ActiveProfiles("postgres")
// Closed while PostgreSQL still runs, so the test JVM exits at once.
@DirtiesContext
class AssignmentBehaviourOnPostgresTest extends AssignmentBehaviourTest {

	private static final String DATABASE = "assignment_tests";

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> EmbeddedPostgres.url(DATABASE));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	@Override
	protected String[] sameDatabase(String... more) {
		return Stream
			.concat(Stream.of("--spring.profiles.active=postgres",
					"--spring.datasource.url=" + EmbeddedPostgres.url(DATABASE),
					"--spring.datasource.username=postgres", "--spring.datasource.password="), Stream.of(more))
			.toArray(String[]::new);
	}

}
