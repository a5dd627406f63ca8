package com.chefweb.shared.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import com.chefweb.shared.refusal.FieldProblem;
import com.chefweb.shared.text.TextRule;

/**
 * Query parameters and form fields keep to the {@link TextRule} too, before any endpoint reads them: a refused one is
 * a 400 problem naming the parameter, and nothing runs.
 */
@Component
class TextRuleFilter extends OncePerRequestFilter {

    private final JsonMapper json;

    TextRuleFilter(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<FieldProblem> problems = new ArrayList<>();
        if (!isMultipart(request)) {
            for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
                Optional<String> inName = TextRule.problemWith(parameter.getKey());
                if (inName.isPresent()) {
                    problems.add(new FieldProblem("parameter", "A parameter's name " + inName.get()));
                    continue;
                }
                for (String value : parameter.getValue()) {
                    TextRule.problemWith(value).ifPresent(problem ->
                            problems.add(new FieldProblem(parameter.getKey(), problem)));
                }
            }
        }
        if (problems.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        ProblemDetail problem = ApiProblem.problem(HttpStatus.BAD_REQUEST, "Validation failed",
                problems.stream().distinct().toList());
        try {
            problem.setInstance(java.net.URI.create(request.getRequestURI()));
        } catch (IllegalArgumentException unusual) {
            // an address that is not a URI as written: the problem says enough without it
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    /** Multipart fields are read (and checked) by the endpoint's own binding; parsing them here would spend the body. */
    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }
}
