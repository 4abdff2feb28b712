package com.aibackend.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import javax.sql.DataSource;

import com.aibackend.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Upgrading a database from before readings (V8) keeps what the bot had understood: each
 * conversation's fields become its first reading, under the conversation's id.
 */
class ReadingMigrationTest {

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgres" })
	void whatConversationsHeldBecomesTheirFirstReading(String database) {
		DataSource dataSource = "h2".equals(database)
				? new DriverManagerDataSource("jdbc:h2:mem:reading-migration;DB_CLOSE_DELAY=-1", "sa", "")
				: new DriverManagerDataSource(EmbeddedPostgres.url("reading_migration"), "postgres", "");
		migrate(dataSource, "8");
		JdbcTemplate sql = new JdbcTemplate(dataSource);
		sql.update("insert into conversation (id, channel, sender_address, status, intent, service, priority, "
				+ "confidence, requester_name, description, missing_fields, language, opened_at, created_at, "
				+ "updated_at, version) values ('c-1', 'EMAIL', 'ana@acme.example', 'WAITING_FOR_INFO', "
				+ "'NEW_REQUEST', 'NETWORK', 'HIGH', 0.7, 'Ana Silva', 'The VPN drops.', 'company', 'en', "
				+ "current_timestamp, current_timestamp, current_timestamp, 0)");
		sql.update("insert into conversation (id, channel, sender_address, status, opened_at, created_at, "
				+ "updated_at, version) values ('c-2', 'API', 'bo@acme.example', 'RECEIVED', current_timestamp, "
				+ "current_timestamp, current_timestamp, 0)");

		migrate(dataSource, "latest");

		Map<String, Object> reading = sql.queryForMap("select * from reading where conversation_id = 'c-1'");
		assertThat(lower(reading)).containsEntry("id", "c-1")
			.containsEntry("ordinal", 1)
			.containsEntry("intent", "NEW_REQUEST")
			.containsEntry("service", "NETWORK")
			.containsEntry("requester_name", "Ana Silva")
			.containsEntry("missing_fields", "company");
		assertThat(sql.queryForObject("select count(*) from reading where conversation_id = 'c-2'", Integer.class))
			.isZero();
		assertThat(sql.queryForObject("select language from conversation where id = 'c-1'", String.class))
			.isEqualTo("en");
	}

	private static void migrate(DataSource dataSource, String target) {
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration")
			.target(target)
			.cleanDisabled(false)
			.load()
			.migrate();
	}

	private static Map<String, Object> lower(Map<String, Object> row) {
		Map<String, Object> lower = new java.util.HashMap<>();
		row.forEach((key, value) -> lower.put(key.toLowerCase(java.util.Locale.ROOT), value));
		return lower;
	}

}
