package com.chefweb.shared.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request the service refuses, rendered as RFC 9457 problem details. Modules throw it from their domain logic so
 * that every surface answers in the same format with the same {@code error} member the storefront shows.
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
