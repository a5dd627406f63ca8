package com.chefweb.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import com.chefweb.chefs.MarketplaceChefs;
import com.chefweb.support.FakeStripeAndSendGrid;
import com.chefweb.support.HttpApi;

/**
 * Every operation the service documents at {@code /v3/api-docs}, sent malformed input: bodies of the wrong shape,
 * each property of the wrong type, nulls in lists, NUL characters and half characters, huge and deeply nested
 * values, repeated properties and parameters, odd path values. None may answer 5xx; every refusal is problem details
 * JSON; and a refused request writes no row. An endpoint added later is covered without anyone remembering to.
 *
 * <p>Its own application context: a fuzzed admin operation may succeed, and must not change what other tests see.
 * The seed is fixed ({@code -Dfuzz.seed=random} for a new one each run) and printed with any failure.
 */
@TestPropertySource(properties = "chefweb.test.context=fuzzed")
class FuzzedApiTests extends FakeStripeAndSendGrid {

    private static final Logger log = LoggerFactory.getLogger(FuzzedApiTests.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Tables that change by themselves while the service runs (jobs, ledgers, the event registry). */
    private static final List<String> MOVING = List.of("scheduling.", "event_publication.", "identity.rate_",
            "notify.outgoing_message", "identity.audit", "chatbot.");

    @LocalServerPort
    int port;

    @Autowired
    DSLContext db;

    private final List<String> failures = new ArrayList<>();
    private int sent;

    @Test
    void noOperationAnswers5xxOrAnythingButProblemDetailsToMalformedInputAndNoneWritesWhenItRefuses() {
        long seed = seed();
        Random random = new Random(seed);
        HttpApi anonymous = new HttpApi(port);
        HttpApi admin = new HttpApi(port).asAdmin();
        MarketplaceChefs people = new MarketplaceChefs(anonymous);
        HttpApi customer = people.customer("94103").api();
        HttpApi chef = people.chef().api();
        JsonNode docs = anonymous.get("/v3/api-docs").json();
        List<String> tables = tables();
        long started = System.nanoTime();

        for (Map.Entry<String, JsonNode> path : docs.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                HttpApi caller = path.getKey().startsWith("/api/admin") ? admin
                        : path.getKey().contains("/chef") || path.getKey().startsWith("/meals/api/chef")
                                ? chef : customer;
                fuzz(docs, method, path.getKey(), operation.getValue(), List.of(anonymous, caller), random, tables);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        log.info("Fuzzed {} operations' input with {} requests in {} s (seed {})",
                docs.path("paths").size(), sent, String.format("%.1f", seconds), seed);
        assertThat(failures).as("seed " + seed + " (-Dfuzz.seed=" + seed + " repeats it); " + sent + " requests")
                .isEmpty();
    }

    private void fuzz(JsonNode docs, String method, String template, JsonNode operation, List<HttpApi> callers,
            Random random, List<String> tables) {
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(parameters::add);
        boolean json = operation.path("requestBody").path("content").has("application/json");
        JsonNode schema = resolve(docs, operation.path("requestBody").path("content").path("application/json")
                .path("schema"));
        List<String> bodies = json ? bodies(docs, schema, random) : List.of("");
        List<String> queries = queries(parameters, random);
        for (HttpApi caller : callers) {
            for (int i = 0; i < bodies.size(); i++) {
                String path = path(template, parameters, random) + (i < queries.size() ? queries.get(i) : "");
                Map<String, Long> before = rows(tables);
                HttpApi.Response response = send(caller, method, path, bodies.get(i), json);
                check(method, path, bodies.get(i), response);
                if (response.status() < 300) {
                    settled();
                }
                if (response.status() >= 400 && response.status() < 500) {
                    Map<String, Long> after = rows(tables);
                    if (!after.equals(before)) {
                        failures.add(method + " " + path + " refused with " + response.status() + " but wrote "
                                + changed(before, after) + "; body " + abbreviated(bodies.get(i)));
                    }
                }
            }
            if (caller == callers.getFirst()) {
                // anonymous callers get one try of each shape: most operations refuse them before reading input
                break;
            }
        }
    }

    private HttpApi.Response send(HttpApi caller, String method, String path, String body, boolean json) {
        sent++;
        Map<String, String> headers = new LinkedHashMap<>();
        if (json) {
            headers.put("Content-Type", "application/json");
        }
        headers.put("Accept", "application/json");
        try {
            return caller.send(method, path, body, headers);
        } catch (RuntimeException unsendable) {
            // the client refused to send it (an address it will not build): nothing reached the service
            return new HttpApi.Response(400, "", Map.of("Content-Type", List.of("application/problem+json")));
        }
    }

    private void check(String method, String path, String body, HttpApi.Response response) {
        String where = method + " " + path + " " + abbreviated(body);
        if (response.status() >= 500 && response.status() != 503) {
            failures.add(where + " answered " + response.status() + ": " + abbreviated(response.body()));
        } else if (response.status() == 503 && !response.body().contains("\"status\":503")) {
            failures.add(where + " answered 503 without problem details");
        } else if (response.status() >= 400) {
            String type = String.valueOf(response.header("Content-Type"));
            if (!type.startsWith("application/problem+json")) {
                failures.add(where + " answered " + response.status() + " as " + type);
            }
        }
    }

    /** Bodies of the wrong shape, then each property wrong in turn. */
    private static List<String> bodies(JsonNode docs, JsonNode schema, Random random) {
        List<String> bodies = new ArrayList<>(List.of("null", "[]", "\"text\"", "42", "{", "{}",
                "{\"a\":1,\"a\":2}", "[".repeat(3_000) + "]".repeat(3_000), "{\"x\":\"" + "y".repeat(200_000) + "\"}"));
        Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").properties().iterator();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            JsonNode type = resolve(docs, property.getValue());
            for (Object wrong : wrongValues(type, random)) {
                ObjectNode body = JSON.createObjectNode();
                body.set(property.getKey(), JSON.valueToTree(wrong));
                bodies.add(JSON.writeValueAsString(body));
            }
            bodies.add("{\"" + property.getKey() + "\":\"a\",\"" + property.getKey() + "\":\"b\"}");
        }
        return bodies;
    }

    private static List<Object> wrongValues(JsonNode type, Random random) {
        String kind = type.path("type").asString("object");
        List<Object> values = new ArrayList<>();
        values.add(java.util.Collections.singletonList(null));
        switch (kind) {
            case "string" -> {
                values.add(random.nextInt());
                values.add(Map.of("nested", true));
                values.add("a\u0000b");
                values.add("x\ud800y");
                values.add("z".repeat(10_000 + random.nextInt(50_000)));
                values.add("\r\nBcc: someone@example.com");
            }
            case "integer", "number" -> {
                values.add("not a number");
                values.add(true);
                values.add(new java.math.BigDecimal("1e400"));
                values.add(-random.nextInt(Integer.MAX_VALUE));
                values.add(Long.MAX_VALUE);
            }
            case "boolean" -> {
                values.add(2);
                values.add("maybe");
            }
            case "array" -> {
                values.add("not a list");
                values.add(java.util.Arrays.asList(null, null));
                values.add(List.of(Map.of("deep", List.of(List.of(List.of())))));
            }
            default -> {
                values.add("not an object");
                values.add(List.of(1, 2));
                values.add(Map.of("unexpected", "\u0000"));
            }
        }
        return values;
    }

    /** Each declared query parameter made odd in turn, and once given twice. */
    private static List<String> queries(List<JsonNode> parameters, Random random) {
        List<String> queries = new ArrayList<>();
        for (JsonNode parameter : parameters) {
            if (!parameter.path("in").asString().equals("query")) {
                continue;
            }
            String name = enc(parameter.path("name").asString());
            for (String value : List.of("", "%00", "-1", "x".repeat(5_000), "99999999999999999999", "%F0%28%8C%28",
                    "1e400", String.valueOf(random.nextLong()))) {
                queries.add("?" + name + "=" + value);
            }
            queries.add("?" + name + "=a&" + name + "=b");
        }
        return queries;
    }

    private static String path(String template, List<JsonNode> parameters, Random random) {
        String path = template;
        List<String> odd = List.of("0", "-1", "99999999999999999999", "abc", UUID.randomUUID().toString(), "%20",
                "1.5", "%C3%A9", "null");
        for (JsonNode parameter : parameters) {
            if (parameter.path("in").asString().equals("path")) {
                path = path.replace("{" + parameter.path("name").asString() + "}",
                        odd.get(random.nextInt(odd.size())));
            }
        }
        return path.replaceAll("\\{[^}]+}", "1");
    }

    private static JsonNode resolve(JsonNode docs, JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; hops < 5 && current.has("$ref"); hops++) {
            String ref = current.path("$ref").asString();
            current = docs.at(ref.substring(1));
        }
        return current;
    }

    private List<String> tables() {
        return db.resultQuery("select table_schema || '.' || table_name from information_schema.tables "
                + "where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')")
                .fetch(0, String.class).stream()
                .filter(table -> MOVING.stream().noneMatch(table::startsWith))
                .toList();
    }

    /**
     * Waits until every module has heard what an accepted request announced (a chat message that leaves contact
     * details makes a CRM lead a moment later), so those writes are not counted against the next, refused, request.
     */
    private void settled() {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .pollInterval(java.time.Duration.ofMillis(20))
                .until(() -> db.fetchCount(org.jooq.impl.DSL.table("event_publication.event_publication"),
                        org.jooq.impl.DSL.field("completion_date").isNull()) == 0);
    }

    private Map<String, Long> rows(List<String> tables) {
        String union = String.join(" union all ", tables.stream()
                .map(table -> "select '" + table + "' as t, count(*) as n from " + table).toList());
        Map<String, Long> counts = new LinkedHashMap<>();
        db.resultQuery(union).fetch().forEach(row -> counts.put(row.get(0, String.class), row.get(1, Long.class)));
        return counts;
    }

    private static List<String> changed(Map<String, Long> before, Map<String, Long> after) {
        return after.entrySet().stream()
                .filter(entry -> !entry.getValue().equals(before.get(entry.getKey())))
                .map(entry -> entry.getKey() + " " + before.get(entry.getKey()) + "→" + entry.getValue())
                .toList();
    }

    private static long seed() {
        String given = System.getProperty("fuzz.seed", "20261204");
        long seed = given.equals("random") ? new Random().nextLong() : Long.parseLong(given);
        log.info("Fuzzing with seed {}", seed);
        return seed;
    }

    private static String abbreviated(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
