package com.chefweb.catalog.offering;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.chefweb.shared.refusal.FieldProblem;
import com.chefweb.shared.refusal.Refusal;

/** Collects what is wrong with a chef's input, field by field (snake_case, as the app sent them), then refuses it all. */
final class Checks {

    private final List<FieldProblem> problems = new ArrayList<>();

    void problem(String field, String message) {
        if (problems.stream().noneMatch(problem -> problem.field().equals(field))) {
            problems.add(new FieldProblem(field, message));
        }
    }

    void refuseIfAny() {
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
    }

    /**
     * Text without surrounding blanks, at most {@code max} characters, no control characters (line breaks and tabs are
     * fine in multi-line text); null counts as empty unless {@code required}.
     */
    String text(String field, @Nullable String value, int max, boolean multiline, boolean required) {
        String text = value == null ? "" : value.strip();
        if (required && text.isEmpty()) {
            problem(field, "This field is required.");
            return "";
        }
        if (text.codePointCount(0, text.length()) > max) {
            problem(field, "Ensure this field has no more than " + max + " characters.");
        }
        boolean control = text.codePoints().anyMatch(c -> (Character.getType(c) == Character.CONTROL
                || Character.getType(c) == Character.SURROGATE)
                && !(multiline && (c == '\n' || c == '\r' || c == '\t')));
        if (control) {
            problem(field, multiline ? "Remove control characters (line breaks and tabs are fine)."
                    : "Remove control characters and line breaks.");
        }
        return text;
    }

    @Nullable Integer between(String field, @Nullable Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            problem(field, "Ensure this value is between " + min + " and " + max + ".");
        }
        return value;
    }

    boolean flag(String field, @Nullable Boolean value, boolean otherwise) {
        return value == null ? otherwise : value;
    }

    /** A supported currency, lowercase; empty when it is not one. */
    String currency(String field, @Nullable String value, String otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        String code = value.strip().toLowerCase(Locale.ROOT);
        if (!Currencies.isSupported(code)) {
            problem(field, "Choose one of " + String.join(", ", Currencies.supported()) + ".");
            return otherwise;
        }
        return code;
    }
}
