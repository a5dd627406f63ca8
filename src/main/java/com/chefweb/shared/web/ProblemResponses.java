package com.chefweb.shared.web;

import java.util.List;
import java.util.Locale;

import jakarta.validation.ConstraintViolationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import com.chefweb.shared.database.DatabaseUnreachable;
import com.chefweb.shared.refusal.FieldProblem;
import com.chefweb.shared.refusal.Refusal;

/**
 * Turns every failure of a request into RFC 9457 problem details carrying an {@code error} member (the human message
 * the storefront shows) and, for validation, the list of field errors.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception exception, WebRequest request) {
        if (DatabaseUnreachable.causedBy(exception)) {
            // wrapped by jOOQ or a listener rather than by Spring's own translation, but the same outage
            return overloaded(exception, request);
        }
        log.error("Request {} failed", request.getDescription(false), exception);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal server error", List.of(), request);
    }

    /**
     * Two requests wanted the same rows at once and the database gave up on one (a deadlock, a lock timeout, a
     * serialization failure): it changed nothing, and trying again is expected to work.
     */
    @ExceptionHandler(org.springframework.dao.ConcurrencyFailureException.class)
    ResponseEntity<Object> collided(Exception exception, WebRequest request) {
        log.warn("Request {} collided with another and was rolled back: {}", request.getDescription(false),
                exception.getMessage());
        ApiProblem problem = ApiProblem.unavailable("Someone else was changing the same thing. Please try again.");
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(problem.getHeaders());
        headers.set(HttpHeaders.RETRY_AFTER, "1");
        return super.handleExceptionInternal(exception, problem.getBody(), headers, problem.getStatusCode(), request);
    }

    /**
     * A value the database cannot store (a NUL character, a number or date out of range) reached it: the statement
     * was refused and nothing changed, so the client is told its input was wrong rather than that the service broke.
     */
    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    ResponseEntity<Object> unstorable(org.springframework.dao.DataIntegrityViolationException exception,
            WebRequest request) {
        String state = sqlState(exception);
        if (state != null && state.startsWith("22")) {
            log.info("Request {} sent a value the database cannot store ({}): {}", request.getDescription(false),
                    state, exception.getMostSpecificCause().getMessage());
            return problem(HttpStatus.BAD_REQUEST, "The request contains characters or values that cannot be stored",
                    List.of(), request);
        }
        return unexpected(exception, request);
    }

    private static @org.jspecify.annotations.Nullable String sqlState(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    /**
     * The database did not give a connection in time, or is known not to answer (see DatabaseWatch): the request
     * changed nothing, so the client is told to try again (503 with Retry-After), not that the service broke.
     */
    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
            TransientDataAccessResourceException.class})
    ResponseEntity<Object> overloaded(Exception exception, WebRequest request) {
        log.warn("Request {} found no database connection: {}", request.getDescription(false),
                NestedExceptionUtils.getMostSpecificCause(exception).getMessage());
        ApiProblem problem = ApiProblem.unavailable("We cannot take this request right now. Please try again in a moment.");
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(problem.getHeaders());
        headers.set(HttpHeaders.RETRY_AFTER, "2");
        return super.handleExceptionInternal(exception, problem.getBody(), headers, problem.getStatusCode(), request);
    }

    /** A multipart form that cannot be parsed (no boundary, cut short, not multipart at all) is the sender's fault. */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ResponseEntity<Object> unreadableForm(org.springframework.web.multipart.MultipartException exception,
            WebRequest request) {
        log.info("Request {} sent a form that could not be read: {}", request.getDescription(false),
                exception.getMessage());
        return problem(HttpStatus.BAD_REQUEST, "The form could not be read: send multipart/form-data with a boundary "
                + "and complete parts", List.of(), request);
    }

    /** The one mapping from a domain refusal to HTTP: the same status, {@code error} and field errors everywhere. */
    @ExceptionHandler(Refusal.class)
    ResponseEntity<Object> refused(Refusal refusal, WebRequest request) {
        ApiProblem problem = ApiProblem.of(refusal);
        return super.handleExceptionInternal(refusal, problem.getBody(), problem.getHeaders(), problem.getStatusCode(),
                request);
    }

    /** Bean validation outside Spring MVC's own (a validated service method): still the caller's mistake. */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolated(ConstraintViolationException exception, WebRequest request) {
        List<FieldProblem> fields = exception.getConstraintViolations().stream()
                .map(violation -> new FieldProblem(lastNode(violation.getPropertyPath().toString()), violation.getMessage()))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, "Validation failed", fields, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> fields = exception.getBindingResult().getFieldErrors().stream()
                .map(ProblemResponses::fieldProblem)
                .toList();
        List<FieldProblem> global = exception.getBindingResult().getGlobalErrors().stream()
                .map(error -> new FieldProblem(error.getObjectName(), String.valueOf(error.getDefaultMessage())))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, "Validation failed", concat(fields, global), request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> fields = exception.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(result.getMethodParameter().getParameterName() == null
                                ? "request" : result.getMethodParameter().getParameterName(),
                                String.valueOf(error.getDefaultMessage()))))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, "Validation failed", fields, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (NestedExceptionUtils.getMostSpecificCause(exception) instanceof RequestSizeLimit.BodyTooLarge) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, "The request body is too large", List.of(), request);
        }
        log.debug("Unreadable request body", exception);
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(exception);
        if (cause instanceof StrictJson.TextRefused refused) {
            String field = refused.field != null ? refused.field : path(refused);
            return problem(HttpStatus.BAD_REQUEST, "Validation failed",
                    List.of(new FieldProblem(field, refused.problem)), request);
        }
        if (cause instanceof tools.jackson.core.exc.StreamConstraintsException) {
            return problem(HttpStatus.BAD_REQUEST, "The request body is nested too deeply or too large to read",
                    List.of(), request);
        }
        java.util.regex.Matcher duplicate = DUPLICATE.matcher(String.valueOf(cause.getMessage()));
        if (cause instanceof tools.jackson.core.JacksonException && duplicate.find()) {
            return problem(HttpStatus.BAD_REQUEST, "Validation failed",
                    List.of(new FieldProblem(duplicate.group(1), "is given more than once; send it once")), request);
        }
        if (cause instanceof tools.jackson.databind.exc.MismatchedInputException mismatch
                && !mismatch.getPath().isEmpty()) {
            String expected = mismatch.getTargetType() == null ? "another type"
                    : typeName(mismatch.getTargetType());
            return problem(HttpStatus.BAD_REQUEST, "Validation failed",
                    List.of(new FieldProblem(path(mismatch), "has the wrong type: send " + expected)), request);
        }
        return problem(HttpStatus.BAD_REQUEST,
                "The request body is not valid JSON for this endpoint: check field names and value types",
                List.of(), request);
    }

    private static final java.util.regex.Pattern DUPLICATE =
            java.util.regex.Pattern.compile("Duplicate (?:Object )?(?:property|field) \"([^\"]*)\"");

    /** The field a reading failure is about, as the sender wrote it: {@code user.name}, {@code addons[0]}. */
    private static String path(tools.jackson.databind.DatabindException exception) {
        StringBuilder path = new StringBuilder();
        for (tools.jackson.databind.DatabindException.Reference reference : exception.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String typeName(Class<?> type) {
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (type == String.class) {
            return "text";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object";
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(HttpStatus.NOT_FOUND, "Not found", List.of(), request);
    }

    /** Every other Spring MVC failure (404, 405, 415 ...) keeps its status and gains the {@code error} member. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception exception, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail detail ? detail
                : exception instanceof ErrorResponse response ? response.getBody()
                : ProblemDetail.forStatus(status);
        if (problem.getProperties() == null || !problem.getProperties().containsKey(ApiProblem.ERROR)) {
            problem.setProperty(ApiProblem.ERROR, humanMessage(problem, status));
        }
        return super.handleExceptionInternal(exception, problem, headers, status, request);
    }

    private ResponseEntity<Object> problem(HttpStatus status, String message, List<FieldProblem> fields,
            WebRequest request) {
        return super.handleExceptionInternal(new IllegalStateException(message),
                ApiProblem.problem(status, message, fields), new HttpHeaders(), status, request);
    }

    static String humanMessage(ProblemDetail problem, HttpStatusCode status) {
        if (status.value() == HttpStatus.NOT_FOUND.value()) {
            return "Not found";
        }
        if (problem.getDetail() != null) {
            return problem.getDetail();
        }
        return problem.getTitle() != null ? problem.getTitle() : "Request failed";
    }

    private static String lastNode(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static FieldProblem fieldProblem(FieldError error) {
        String message = error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage();
        if (error.isBindingFailure()) {
            message = "has the wrong type (" + String.valueOf(error.getRejectedValue()).toLowerCase(Locale.ROOT) + ")";
        }
        return new FieldProblem(error.getField(), message);
    }

    private static List<FieldProblem> concat(List<FieldProblem> first, List<FieldProblem> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
