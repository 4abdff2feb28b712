package com.aibackend;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * WhatsApp end to end on PostgreSQL (profile {@code postgres}): every scenario of
 * {@link ChannelsApplicationTest}, including the same delivery arriving five times at
 * once.
 */
@ActiveProfiles("postgres")
class ChannelsOnPostgresTest extends ChannelsApplicationTest {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> EmbeddedPostgres.url("channels"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

}
