package com.aibackend.platform;

import java.net.ConnectException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import javax.sql.DataSource;

import jakarta.persistence.PersistenceException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;

/**
 * Whether a request failed because the database could not be reached (down, restarting),
 * as opposed to a fault in the request or the code. Layers wrap the cause differently
 * (JPA, the engine's MyBatis, the driver, a rollback that failed in turn), so a failure
 * that involves the database without saying why is settled by asking the database.
 */
@Component
class DatabaseUnavailable {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

	private static final String RETRY_AFTER_SECONDS = "30";

	private static final int PROBE_SECONDS = 2;

	private final DataSource dataSource;

	DatabaseUnavailable(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * The answer to a request that failed because the database is unreachable: 503 with
	 * Retry-After, so that a channel delivers again (Meta and Qiscus retry on it);
	 * nothing was stored. Empty when the failure has another cause, or where there is no
	 * database (web-layer slices).
	 */
	static Optional<ResponseEntity<ProblemDetail>> refusal(ObjectProvider<DatabaseUnavailable> check,
			Throwable failure) {
		DatabaseUnavailable database = check.getIfAvailable();
		if (database == null || !database.causes(failure)) {
			return Optional.empty();
		}
		log.warn("Request refused while the database is unreachable: {}", failure.getMessage());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"The database cannot be reached; nothing was stored. Please send this again later.");
		problem.setTitle("Service unavailable");
		return Optional.of(ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem));
	}

	private boolean causes(Throwable failure) {
		if (saysConnectionFailed(failure)) {
			return true;
		}
		return involvesDatabase(failure) && !reachable();
	}

	private static boolean saysConnectionFailed(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = next(cause)) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException || cause instanceof ConnectException) {
				return true;
			}
			// SQL state class 08: connection exception.
			if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
				return true;
			}
		}
		return false;
	}

	private static boolean involvesDatabase(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = next(cause)) {
			if (cause instanceof SQLException || cause instanceof DataAccessException
					|| cause instanceof PersistenceException || cause instanceof TransactionException
					|| cause instanceof ProcessEnginePersistenceException) {
				return true;
			}
		}
		return false;
	}

	private boolean reachable() {
		try (Connection connection = this.dataSource.getConnection()) {
			return connection.isValid(PROBE_SECONDS);
		}
		catch (SQLException | RuntimeException ex) {
			return false;
		}
	}

	private static Throwable next(Throwable cause) {
		return (cause.getCause() != cause) ? cause.getCause() : null;
	}

}
