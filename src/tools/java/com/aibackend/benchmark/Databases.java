package com.aibackend.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The bench's databases: a fresh H2 file, or a PostgreSQL started from the binaries on
 * the class path (durable commits, as a default PostgreSQL has them); one database for
 * the application and one for the bare engine.
 */
final class Databases implements AutoCloseable {

	private static final String H2_OPTIONS = ";LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=256;DB_CLOSE_ON_EXIT=FALSE";

	private final EmbeddedPostgres postgres;

	private final Path directory;

	private Databases(EmbeddedPostgres postgres, Path directory) {
		this.postgres = postgres;
		this.directory = directory;
	}

	static Databases start(String kind, Path directory) throws IOException, SQLException {
		if (!"postgres".equals(kind)) {
			return new Databases(null, directory);
		}
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(directory.resolve("postgres"))
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("fsync", "on")
			.start();
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create database app");
			statement.execute("create database baseline");
		}
		return new Databases(postgres, directory);
	}

	List<String> appArguments() {
		if (this.postgres == null) {
			return List.of("--spring.datasource.url=jdbc:h2:file:" + this.directory.resolve("app") + H2_OPTIONS,
					"--spring.datasource.username=sa", "--spring.datasource.password=");
		}
		return List.of("--spring.profiles.active=postgres",
				"--spring.datasource.url=" + this.postgres.getJdbcUrl("postgres", "app"),
				"--spring.datasource.username=postgres", "--spring.datasource.password=");
	}

	/** The application's database, for counting what it stored. */
	HikariDataSource appDataSource() {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(this.postgres.getJdbcUrl("postgres", "app"));
		dataSource.setUsername("postgres");
		dataSource.setPassword("");
		dataSource.setMaximumPoolSize(2);
		return dataSource;
	}

	HikariDataSource baselineDataSource() {
		HikariDataSource dataSource = new HikariDataSource();
		if (this.postgres == null) {
			dataSource.setJdbcUrl("jdbc:h2:file:" + this.directory.resolve("baseline") + H2_OPTIONS);
			dataSource.setUsername("sa");
		}
		else {
			dataSource.setJdbcUrl(this.postgres.getJdbcUrl("postgres", "baseline"));
			dataSource.setUsername("postgres");
		}
		dataSource.setPassword("");
		dataSource.setMaximumPoolSize(20);
		return dataSource;
	}

	@Override
	public void close() throws IOException {
		if (this.postgres != null) {
			this.postgres.close();
		}
	}

}
