package com.chefweb.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP client against the running service, so tests see exactly what a browser or the storefront sees:
 * status, headers and the raw JSON body.
 */
public final class HttpApi {

    // Decimals stay exact (65.00, not 65.0), so tests see money as the client receives it.
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final Map<String, String> defaultHeaders;

    public HttpApi(int port) {
        this("http://localhost:" + port, Map.of());
    }

    private HttpApi(String base, Map<String, String> defaultHeaders) {
        this.base = base;
        this.defaultHeaders = defaultHeaders;
    }

    /** The same API, sending this bearer token with every request. */
    public HttpApi as(String accessToken) {
        return with("Authorization", "Bearer " + accessToken);
    }

    /** The bearer token this API sends, as a browser would put it where it cannot send headers. */
    public String accessToken() {
        String header = defaultHeaders.getOrDefault("Authorization", "");
        if (!header.startsWith("Bearer ")) {
            throw new IllegalStateException("This API is not signed in");
        }
        return header.substring("Bearer ".length());
    }

    /** The same API, sending this header with every request (such as X-Forwarded-For for another client). */
    public HttpApi with(String header, String value) {
        Map<String, String> headers = new java.util.HashMap<>(defaultHeaders);
        headers.put(header, value);
        return new HttpApi(base, Map.copyOf(headers));
    }

    /** Signs in with email and password and returns the API acting as that user. */
    public HttpApi signedIn(String email, String password) {
        Response response = post("/api/auth/login",
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
        if (response.status() != 200) {
            throw new IllegalStateException("Sign-in of " + email + " failed: " + response.status() + " " + response.body());
        }
        return as(response.json().get("accessToken").asString());
    }

    /** The bootstrap admin of the test configuration. */
    public HttpApi asAdmin() {
        return signedIn(TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
    }

    public Response get(String path) {
        return send("GET", path, null, Map.of());
    }

    public Response delete(String path) {
        return send("DELETE", path, null, Map.of());
    }

    public Response patch(String path, String json) {
        return send("PATCH", path, json, Map.of("Content-Type", "application/json"));
    }

    public Response put(String path, String json) {
        return send("PUT", path, json, Map.of("Content-Type", "application/json"));
    }

    public Response post(String path, String json) {
        return send("POST", path, json, Map.of("Content-Type", "application/json"));
    }

    public Response send(String method, String path, String body, Map<String, String> headers) {
        return sendBody(method, path, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body), headers);
    }

    /** Sends the body in chunks, without declaring its length, as a streaming client does. */
    public Response sendStreamed(String method, String path, byte[] body, Map<String, String> headers) {
        return sendBody(method, path, HttpRequest.BodyPublishers.ofInputStream(
                () -> new java.io.ByteArrayInputStream(body)), headers);
    }

    /** A multipart form as a browser's FormData sends it: text fields, then files. */
    public Response multipart(String method, String path, Map<String, String> fields, Map<String, FilePart> files) {
        String boundary = "----chefwebform" + java.util.UUID.randomUUID().toString().replace("-", "");
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(utf8)));
        files.forEach((name, file) -> {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                    + "\"; filename=\"" + file.filename() + "\"\r\nContent-Type: " + file.contentType()
                    + "\r\n\r\n").getBytes(utf8));
            body.writeBytes(file.content());
            body.writeBytes("\r\n".getBytes(utf8));
        });
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(utf8));
        return sendBody(method, path, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()),
                Map.of("Content-Type", "multipart/form-data; boundary=" + boundary));
    }

    /** A file in a multipart form. */
    public record FilePart(String filename, String contentType, byte[] content) {
    }

    private Response sendBody(String method, String path, HttpRequest.BodyPublisher publisher,
            Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, publisher);
        request.header("Accept", "application/json");
        defaultHeaders.forEach(request::header);
        headers.forEach(request::setHeader);
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " interrupted", e);
        }
    }

    /** A response as received. */
    public record Response(int status, String body, Map<String, java.util.List<String>> headers) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> String.join(",", entry.getValue()))
                    .findFirst()
                    .orElse(null);
        }
    }
}
