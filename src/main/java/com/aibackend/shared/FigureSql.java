package com.aibackend.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * What the modules' figure queries share: the UTC day of a timestamp, the seconds between
 * two (the one thing written per database, H2 or PostgreSQL), and how shares and minutes
 * are rounded.
 */
@Component
public class FigureSql {

	private final String secondsBetween;

	FigureSql(DataSource dataSource) {
		this.secondsBetween = postgres(dataSource) ? "extract(epoch from (%2$s - %1$s))"
				: "datediff('SECOND', %1$s, %2$s)";
	}

	/** Seconds from one timestamp column to another. */
	public String secondsBetween(String from, String to) {
		return this.secondsBetween.formatted(from, to);
	}

	/** The UTC day of a timestamp column. */
	public static String utcDay(String column) {
		return "cast((" + column + " at time zone 'UTC') as date)";
	}

	/** Seconds as minutes with one decimal; {@code null} when there were none. */
	public static Double minutes(Object seconds) {
		return (seconds instanceof Number number) ? Math.round(number.doubleValue() / 6.0) / 10.0 : null;
	}

	/** A share with three decimals; {@code null} of nothing. */
	public static Double share(long part, long whole) {
		return (whole == 0) ? null : Math.round(1000.0 * part / whole) / 1000.0;
	}

	private static boolean postgres(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot tell which database this is", ex);
		}
	}

}
