package com.aibackend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

/**
 * One PostgreSQL server (real binaries, started from the build's dependencies) for the
 * whole test run; each test context gets a database of its own, so no two engines share
 * jobs.
 */
public final class EmbeddedPostgres {

	private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

	private static final Set<String> databases = new HashSet<>();

	private EmbeddedPostgres() {
	}

	/**
	 * The JDBC URL of {@code database}, created on first use; user {@code postgres}, no
	 * password.
	 */
	public static synchronized String url(String database) {
		try {
			if (server == null) {
				server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
			}
			if (!"postgres".equals(database) && databases.add(database)) {
				try (Connection connection = server.getPostgresDatabase().getConnection();
						Statement statement = connection.createStatement()) {
					statement.execute("create database " + database);
				}
			}
			return server.getJdbcUrl("postgres", database);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
