package com.chefweb.shared.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import com.chefweb.shared.refusal.FieldProblem;
import com.chefweb.shared.refusal.Refusal;

/**
 * A request the service refuses, rendered as RFC 9457 problem details with the {@code error} member the storefront
 * shows. Only web adapters use it: domain code throws a {@link Refusal}, which {@link #of(Refusal)} maps.
 */
public class ApiProblem extends ErrorResponseException {

    public static final String ERROR = "error";
    public static final String ERRORS = "errors";

    private ApiProblem(HttpStatusCode status, String message, List<FieldProblem> fieldProblems) {
        super(status, problem(status, message, fieldProblems), null);
    }

    public static ApiProblem notFound(String message) {
        return new ApiProblem(HttpStatus.NOT_FOUND, message, List.of());
    }

    public static ApiProblem badRequest(String message) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, message, List.of());
    }

    public static ApiProblem conflict(String message) {
        return new ApiProblem(HttpStatus.CONFLICT, message, List.of());
    }

    public static ApiProblem unauthorized(String message) {
        return new ApiProblem(HttpStatus.UNAUTHORIZED, message, List.of());
    }

    public static ApiProblem forbidden(String message) {
        return new ApiProblem(HttpStatus.FORBIDDEN, message, List.of());
    }

    /**
     * Too many requests: {@code Retry-After} in seconds for clients that read headers, and {@code message} plus
     * {@code retryAfter} in whole minutes for the storefront, which shows them.
     */
    public static ApiProblem tooManyRequests(String message, java.time.Duration retryAfter) {
        ApiProblem problem = new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", List.of());
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        problem.getBody().setDetail(message);
        problem.getBody().setProperty("message", message);
        problem.getBody().setProperty("retryAfter", Math.max(1, (seconds + 59) / 60));
        problem.getHeaders().set(org.springframework.http.HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return problem;
    }

    public static ApiProblem unavailable(String message) {
        return new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, message, List.of());
    }

    /** Invalid input: one entry per field, so a form can show each message beside its field. */
    public static ApiProblem invalid(List<FieldProblem> fieldProblems) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "Validation failed", fieldProblems);
    }

    public static ApiProblem invalid(String field, String message) {
        return invalid(List.of(new FieldProblem(field, message)));
    }

    /** The problem a domain refusal stands for; each kind has one status. */
    public static ApiProblem of(Refusal refusal) {
        ApiProblem problem = switch (refusal) {
            case Refusal.NotFound notFound -> notFound(notFound.getMessage());
            case Refusal.Invalid invalid -> invalid(invalid.fields());
            case Refusal.Rejected rejected -> badRequest(rejected.getMessage());
            case Refusal.Conflict conflict -> conflict(conflict.getMessage());
            case Refusal.NotSignedIn notSignedIn -> unauthorized(notSignedIn.getMessage());
            case Refusal.NotAllowed notAllowed -> forbidden(notAllowed.getMessage());
            case Refusal.Unavailable unavailable -> unavailable(unavailable.getMessage());
        };
        refusal.details().forEach(problem::with);
        return problem;
    }

    /** Adds a member to the problem body, such as the {@code code} older clients switch on. */
    public ApiProblem with(String name, Object value) {
        getBody().setProperty(name, value);
        return this;
    }

    /** Builds the problem body every error of the service carries: title, detail, {@code error} and field errors. */
    public static ProblemDetail problem(HttpStatusCode status, String message, List<FieldProblem> fieldProblems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
        HttpStatus known = HttpStatus.resolve(status.value());
        problem.setTitle(known != null ? known.getReasonPhrase() : "Error");
        problem.setType(URI.create("about:blank"));
        problem.setProperty(ERROR, message);
        if (!fieldProblems.isEmpty()) {
            problem.setProperty(ERRORS, List.copyOf(fieldProblems));
        }
        return problem;
    }
}
