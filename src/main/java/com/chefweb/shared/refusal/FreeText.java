package com.chefweb.shared.refusal;

import java.util.List;

import org.jspecify.annotations.Nullable;


/**
 * The one rule for text a chef writes and customers read: trimmed, within its length, no control characters (line
 * breaks and tabs are allowed where the text has paragraphs). Too long is refused, never cut.
 */
public final class FreeText {

    private FreeText() {
    }

    /** The text trimmed, or null when blank; a problem is added when it breaks the rule. */
    public static @Nullable String check(String field, @Nullable String value, int max, boolean paragraphs,
            List<FieldProblem> problems) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > max) {
            problems.add(new FieldProblem(field, "Keep it to " + max + " characters (it has " + text.length() + ")"));
        } else if (text.chars().anyMatch(c -> Character.isISOControl(c) && !(paragraphs && (c == '\n' || c == '\t'
                || c == '\r')) || Character.isSurrogate((char) c) && !validSurrogates(text))) {
            problems.add(new FieldProblem(field, "Remove control characters from the text"));
        }
        return text;
    }

    private static boolean validSurrogates(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
