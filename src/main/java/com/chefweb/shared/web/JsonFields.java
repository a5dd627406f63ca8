package com.chefweb.shared.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import com.chefweb.shared.refusal.FieldProblem;
import com.chefweb.shared.refusal.Refusal;

/**
 * Reads the fields of a marketplace form as the app sends them, telling a field that was not sent from one sent as
 * null, and refusing a value of the wrong type with a field error (DRF's way: whole numbers may come as digits in a
 * string, and an empty string is no number). Fields it does not ask for, such as the {@code user_id} the app adds
 * to every request, are ignored.
 */
public final class JsonFields {

    private final JsonNode body;
    private final List<FieldProblem> problems = new ArrayList<>();

    private JsonFields(JsonNode body) {
        this.body = body;
    }

    public static JsonFields of(@Nullable JsonNode body) {
        if (body == null || !body.isObject()) {
            throw Refusal.invalid("request", "Send the fields as a JSON object.");
        }
        return new JsonFields(body);
    }

    public @Nullable Provided<String> text(String field) {
        JsonNode value = body.get(field);
        if (value == null) {
            return null;
        }
        if (value.isNull()) {
            return new Provided<>(null);
        }
        if (!value.isString()) {
            problems.add(new FieldProblem(field, "Not a valid string."));
            return null;
        }
        return new Provided<>(value.stringValue());
    }

    public @Nullable Provided<Integer> integer(String field) {
        JsonNode value = body.get(field);
        if (value == null) {
            return null;
        }
        if (value.isNull() || value.isString() && value.stringValue().isBlank()) {
            return new Provided<>(null);
        }
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            return new Provided<>(value.intValue());
        }
        if (value.isString() && value.stringValue().strip().matches("-?\\d{1,9}")) {
            return new Provided<>(Integer.parseInt(value.stringValue().strip()));
        }
        problems.add(new FieldProblem(field, value.isIntegralNumber() || value.isString() && value.stringValue()
                .strip().matches("-?\\d+") ? "Ensure this value is a smaller whole number." : "A valid integer is required."));
        return null;
    }

    /** A decimal amount such as a price in major units: a JSON number, or digits in a string. */
    public @Nullable Provided<BigDecimal> decimal(String field) {
        JsonNode value = body.get(field);
        if (value == null) {
            return null;
        }
        if (value.isNull() || value.isString() && value.stringValue().isBlank()) {
            return new Provided<>(null);
        }
        if (value.isNumber()) {
            return new Provided<>(value.decimalValue());
        }
        if (value.isString() && value.stringValue().strip().matches("-?\\d{1,12}(\\.\\d{1,4})?")) {
            return new Provided<>(new BigDecimal(value.stringValue().strip()));
        }
        problems.add(new FieldProblem(field, "A valid number is required."));
        return null;
    }

    public @Nullable Provided<Boolean> bool(String field) {
        JsonNode value = body.get(field);
        if (value == null) {
            return null;
        }
        if (value.isBoolean()) {
            return new Provided<>(value.booleanValue());
        }
        if (value.isString() && (value.stringValue().equals("true") || value.stringValue().equals("false"))) {
            return new Provided<>(Boolean.parseBoolean(value.stringValue()));
        }
        problems.add(new FieldProblem(field, "Must be a valid boolean."));
        return null;
    }

    public @Nullable Provided<List<Long>> ids(String field) {
        JsonNode value = body.get(field);
        if (value == null) {
            return null;
        }
        if (value.isNull()) {
            return new Provided<>(List.of());
        }
        if (!value.isArray()) {
            problems.add(new FieldProblem(field, "Expected a list of ids."));
            return null;
        }
        List<Long> ids = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isIntegralNumber() || !item.canConvertToLong()) {
                problems.add(new FieldProblem(field, "Expected a list of ids."));
                return null;
            }
            ids.add(item.longValue());
        }
        return new Provided<>(List.copyOf(ids));
    }

    /** A list of texts; null in the list or a non-text item is refused. */
    public @Nullable Provided<List<String>> strings(String field) {
        JsonNode value = body.get(field);
        if (value == null) {
            return null;
        }
        if (value.isNull()) {
            return new Provided<>(List.of());
        }
        if (!value.isArray()) {
            problems.add(new FieldProblem(field, "Expected a list of texts."));
            return null;
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isString()) {
                problems.add(new FieldProblem(field, "Expected a list of texts."));
                return null;
            }
            texts.add(item.stringValue());
        }
        return new Provided<>(List.copyOf(texts));
    }

    /** An id: a positive whole number, or its digits in a string. */
    public @Nullable Provided<Long> id(String field) {
        JsonNode value = body.get(field);
        if (value == null) {
            return null;
        }
        if (value.isNull() || value.isString() && value.stringValue().isBlank()) {
            return new Provided<>(null);
        }
        if (value.isIntegralNumber() && value.canConvertToLong() && value.longValue() > 0) {
            return new Provided<>(value.longValue());
        }
        if (value.isString() && value.stringValue().strip().matches("\\d{1,18}")
                && Long.parseLong(value.stringValue().strip()) > 0) {
            return new Provided<>(Long.parseLong(value.stringValue().strip()));
        }
        problems.add(new FieldProblem(field, "Give an id: a whole number."));
        return null;
    }

    /** The raw value of a nested object field, or null when not sent. */
    public @Nullable JsonNode node(String field) {
        return body.get(field);
    }

    /** Refuses the request when any field had the wrong type; call after reading every field. */
    public void refuseIfAny() {
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
    }
}
