package com.aibackend.platform;

import java.util.Optional;
import java.util.stream.Collectors;

import com.aibackend.shared.ConflictException;
import com.aibackend.shared.ForbiddenException;
import com.aibackend.shared.InvalidRequestException;
import com.aibackend.shared.NotFoundException;
import com.aibackend.shared.UnknownFieldsException;
import com.aibackend.shared.WebhookRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place that turns failures into RFC 7807 problem+json. Clients get a reason,
 * never a stack trace.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

	/** Absent in web-layer slices, which have no database. */
	private final ObjectProvider<DatabaseUnavailable> databaseUnavailable;

	ProblemResponses(ObjectProvider<DatabaseUnavailable> databaseUnavailable) {
		this.databaseUnavailable = databaseUnavailable;
	}

	@ExceptionHandler(InvalidRequestException.class)
	ProblemDetail invalid(InvalidRequestException e) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
	}

	@ExceptionHandler(UnknownFieldsException.class)
	ProblemDetail unknownFields(UnknownFieldsException e) {
		return problem(HttpStatus.UNPROCESSABLE_ENTITY, "Unknown fields", e.getMessage());
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException e) {
		return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
	}

	@ExceptionHandler(ForbiddenException.class)
	ProblemDetail forbidden(ForbiddenException e) {
		return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage());
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException e) {
		return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
	}

	@ExceptionHandler(WebhookRequests.PayloadTooLargeException.class)
	ProblemDetail tooLarge(WebhookRequests.PayloadTooLargeException e) {
		return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Payload too large", e.getMessage());
	}

	@ExceptionHandler(WebhookRequests.UnauthenticatedWebhookException.class)
	ProblemDetail unauthenticated(WebhookRequests.UnauthenticatedWebhookException e) {
		return problem(HttpStatus.UNAUTHORIZED, "Unauthenticated", e.getMessage());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid request",
				"Parameter '%s' has an invalid value '%s'".formatted(e.getName(), e.getValue()));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception e) {
		Optional<ResponseEntity<ProblemDetail>> refusal = DatabaseUnavailable.refusal(this.databaseUnavailable, e);
		if (refusal.isPresent()) {
			return refusal.get();
		}
		log.error("Unexpected failure while handling a request", e);
		return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
			.body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
					"The request could not be completed; it has been logged."));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof WebhookRequests.PayloadTooLargeException tooLarge) {
				return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
					.body(problem(HttpStatus.PAYLOAD_TOO_LARGE, "Payload too large", tooLarge.getMessage()));
			}
		}
		return ResponseEntity.badRequest()
			.body(problem(HttpStatus.BAD_REQUEST, "Malformed request body",
					"The body is not valid JSON of the expected shape."));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String reason = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> error.getField() + " " + error.getDefaultMessage())
			.sorted()
			.collect(Collectors.joining("; "));
		return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Invalid request", reason));
	}

	/**
	 * The framework's own refusals (no such path, method or media type) in our words: its
	 * texts name internals such as "static resource".
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ProblemDetail reworded = switch (statusCode.value()) {
			case 404 -> problem(HttpStatus.NOT_FOUND, "Not found", "There is nothing at this path.");
			case 405 -> problem(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed",
					"This path does not accept that method; the Allow header lists the ones it does.");
			case 406 -> problem(HttpStatus.NOT_ACCEPTABLE, "Not acceptable", "Responses are JSON.");
			case 413 -> problem(HttpStatus.PAYLOAD_TOO_LARGE, "Payload too large", "The request body is too large.");
			case 415 -> problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
					"Send the body as application/json.");
			default -> null;
		};
		return super.handleExceptionInternal(ex, (reworded != null) ? reworded : body, headers, statusCode, request);
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

}
