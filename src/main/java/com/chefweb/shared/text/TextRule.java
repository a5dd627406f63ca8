package com.chefweb.shared.text;

import java.util.Optional;

/**
 * The one rule for what text a person may send, applied to every JSON string, query parameter and form field before
 * any endpoint sees it: no NUL or other control characters (tabs and line breaks are fine), and no half of a UTF-16
 * surrogate pair. Such text cannot be stored, cannot be shown, and in an email header or a log line it changes
 * what the line says. Field-specific limits (lengths, markup) stay with the fields.
 */
public final class TextRule {

    private TextRule() {
    }

    /** What is wrong with the text, in words for the sender; empty when it is acceptable. */
    public static Optional<String> problemWith(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
                return Optional.of("contains a control character (code " + (int) c + "); remove it");
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of("contains half of a character (a lone UTF-16 surrogate); send valid Unicode");
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of("contains half of a character (a lone UTF-16 surrogate); send valid Unicode");
            }
        }
        return Optional.empty();
    }

    /** A single line (a name, a subject): also no line breaks, which would start a new header or log entry. */
    public static Optional<String> problemWithLine(String text) {
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return Optional.of("must be one line; remove the line breaks");
        }
        return problemWith(text);
    }
}
