package com.chefweb.chatbot.answer;

/**
 * Makes a reply safe inside HTML: the storefront's widget puts {@code response} into {@code innerHTML}, turning only
 * {@code **bold**} and newlines into markup, so the characters that make markup there are escaped ({@code <},
 * {@code >}, {@code &}); quotes cannot start anything in text between tags, and stay as they are.
 */
final class SafeText {

    private SafeText() {
    }

    /** The text a reply was made from, as the widget sends it back in its history. */
    static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** For the legacy widget, which escapes what it shows itself and shows markup as typed: no bold, no entities. */
    static String plain(String text) {
        return text.replace("**", "").replaceAll("[\\p{Cntrl}&&[^\\n]]", "").strip();
    }

    static String of(String text) {
        StringBuilder safe = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> safe.append("&lt;");
                case '>' -> safe.append("&gt;");
                case '&' -> safe.append("&amp;");
                default -> {
                    if (c >= 0x20 || c == '\n') {
                        safe.append(c);
                    }
                }
            }
        }
        return safe.toString().strip();
    }
}
