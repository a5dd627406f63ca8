package com.chefweb.chatbot.answer;

/**
 * Makes a reply safe inside HTML: the storefront's widget puts {@code response} into {@code innerHTML}, turning only
 * {@code **bold**} and newlines into markup, so every other character that means something to HTML is escaped.
 */
final class SafeText {

    private SafeText() {
    }

    static String of(String text) {
        StringBuilder safe = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> safe.append("&lt;");
                case '>' -> safe.append("&gt;");
                case '&' -> safe.append("&amp;");
                case '"' -> safe.append("&quot;");
                case '\'' -> safe.append("&#39;");
                case '`' -> safe.append("&#96;");
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
