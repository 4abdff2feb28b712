package com.aibackend.platform;

import java.net.URI;
import java.util.Optional;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors the servlet container answers itself (a body over its size limit, a request that
 * never reached a controller) as problem+json too, instead of the framework's default
 * error page.
 */
@RestController
class ErrorResponses implements ErrorController {

	/** Absent in web-layer slices, which have no database. */
	private final ObjectProvider<DatabaseUnavailable> databaseUnavailable;

	ErrorResponses(ObjectProvider<DatabaseUnavailable> databaseUnavailable) {
		this.databaseUnavailable = databaseUnavailable;
	}

	@RequestMapping("/error")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value && HttpStatus.resolve(value) != null)
				? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
		if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure) {
			Optional<ResponseEntity<ProblemDetail>> refusal = DatabaseUnavailable.refusal(this.databaseUnavailable,
					failure);
			if (refusal.isPresent()) {
				return refusal.get();
			}
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				status.is5xxServerError() ? "The request could not be completed; it has been logged."
						: "The request was refused: " + status.getReasonPhrase() + ".");
		problem.setTitle(status.getReasonPhrase());
		if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri) {
			problem.setInstance(URI.create(uri));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
