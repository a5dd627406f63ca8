package com.chefweb.shared.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses request bodies over the configured size with 413, whether the client declares the length or streams the
 * body in chunks, so no endpoint can be made to read an unbounded body into memory.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

    /** Where the marketplace app posts pictures as multipart forms: only there may a body carry an image. */
    private static final String PICTURE_FORMS = "/chefs/api/me/";

    private final long defaultMaxBytes;
    private final long pictureFormMaxBytes;
    private final JsonMapper json;

    RequestSizeLimit(@Value("${chefweb.http.max-request-bytes}") long maxBytes,
            @Value("${chefweb.http.max-picture-form-bytes}") long pictureFormMaxBytes, JsonMapper json) {
        this.defaultMaxBytes = maxBytes;
        this.pictureFormMaxBytes = pictureFormMaxBytes;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
        boolean pictureForm = multipart && request.getRequestURI().startsWith(PICTURE_FORMS);
        long maxBytes = pictureForm ? pictureFormMaxBytes : defaultMaxBytes;
        if (request.getContentLengthLong() > maxBytes) {
            tooLarge(response, maxBytes);
            return;
        }
        // the servlet container parses multipart bodies itself, past this filter's counting stream, up to the
        // picture forms' limit: elsewhere a multipart body must declare its length, which was checked above
        if (multipart && !pictureForm && request.getContentLengthLong() < 0) {
            lengthRequired(response);
            return;
        }
        try {
            chain.doFilter(new Bounded(request, maxBytes), response);
        } catch (BodyTooLarge e) {
            if (!response.isCommitted()) {
                response.reset();
                tooLarge(response, maxBytes);
            }
        }
    }

    private void lengthRequired(HttpServletResponse response) throws IOException {
        refuse(response, HttpStatus.LENGTH_REQUIRED,
                "Send this form with a Content-Length of at most " + defaultMaxBytes + " bytes");
    }

    private void tooLarge(HttpServletResponse response, long maxBytes) throws IOException {
        refuse(response, HttpStatus.CONTENT_TOO_LARGE, message(maxBytes));
    }

    private void refuse(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", message);
        problem.put(ApiProblem.ERROR, message);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    String message() {
        return message(defaultMaxBytes);
    }

    private static String message(long maxBytes) {
        return "The request body is larger than " + maxBytes + " bytes";
    }

    /** Thrown while a streamed body is read past the limit; {@link ProblemResponses} answers it with 413. */
    static final class BodyTooLarge extends IOException {
        BodyTooLarge() {
            super("request body too large");
        }
    }

    private static final class Bounded extends HttpServletRequestWrapper {

        private final long maxBytes;

        Bounded(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0 && ++read > maxBytes) {
                        throw new BodyTooLarge();
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    if (n > 0 && (read += n) > maxBytes) {
                        throw new BodyTooLarge();
                    }
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
