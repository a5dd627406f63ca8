package com.chefweb.shared.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own answer to a request it refuses before any of our code runs (a path with an encoded slash or NUL, a
 * query too long for its header limit): problem details like every other refusal, with the same security headers,
 * instead of Tomcat's HTML error page.
 */
public class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String message = status == 400
                ? "The request could not be read: check that the path has no encoded slashes, backslashes or control "
                        + "characters, and that the query and headers are not too long"
                : status == 404 ? "Not found" : reason(status);
        try {
            response.resetBuffer();
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
            response.setHeader("Referrer-Policy", "no-referrer");
            response.setHeader("Cache-Control", "no-store");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"about:blank\",\"title\":\"" + reason(status) + "\",\"status\":" + status
                        + ",\"detail\":\"" + message + "\",\"error\":\"" + message + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away, or the response could not be reset: nothing more to tell it
        }
    }

    private static String reason(int status) {
        String reason = org.springframework.http.HttpStatus.resolve(status) == null ? "Error"
                : org.springframework.http.HttpStatus.valueOf(status).getReasonPhrase();
        return reason.replace("\"", "");
    }
}
