package com.chefweb.notify.messages;

import java.text.NumberFormat;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

import com.chefweb.shared.money.Money;

/**
 * One email's words, written once and rendered twice: as plain text and as simple HTML (everything escaped), so the
 * two versions never say different things.
 */
final class Letter {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy 'at' h:mm a z",
            Locale.US);

    private final String greeting;
    private final List<String> paragraphs = new ArrayList<>();
    private final Map<String, String> facts = new LinkedHashMap<>();
    private final List<String[]> actions = new ArrayList<>();
    private String signOff = "";

    private Letter(String greeting) {
        this.greeting = greeting;
    }

    static Letter to(String name) {
        return new Letter("Hi " + firstName(name) + ",");
    }

    static Letter alert() {
        return new Letter("Hello,");
    }

    Letter paragraph(String text) {
        paragraphs.add(text);
        return this;
    }

    Letter fact(String label, String value) {
        facts.put(label, value);
        return this;
    }

    Letter action(String label, String url) {
        actions.add(new String[] { label, url });
        return this;
    }

    Letter signedBy(String sender) {
        this.signOff = sender;
        return this;
    }

    String text() {
        StringBuilder text = new StringBuilder(greeting).append("\n\n");
        paragraphs.forEach(p -> text.append(p).append("\n\n"));
        facts.forEach((label, value) -> text.append(label).append(": ").append(value).append('\n'));
        if (!facts.isEmpty()) {
            text.append('\n');
        }
        actions.forEach(action -> text.append(action[0]).append(":\n").append(action[1]).append("\n\n"));
        return text.append(signOff).append('\n').toString();
    }

    String html() {
        StringBuilder html = new StringBuilder("<!doctype html><html><body style=\"font-family:sans-serif\">");
        html.append("<p>").append(escape(greeting)).append("</p>");
        paragraphs.forEach(p -> html.append("<p>").append(escape(p)).append("</p>"));
        if (!facts.isEmpty()) {
            html.append("<table>");
            facts.forEach((label, value) -> html.append("<tr><th align=\"left\">").append(escape(label))
                    .append("</th><td>").append(escape(value)).append("</td></tr>"));
            html.append("</table>");
        }
        actions.forEach(action -> html.append("<p><a href=\"").append(escape(action[1])).append("\">")
                .append(escape(action[0])).append("</a></p>"));
        return html.append("<p>").append(escape(signOff)).append("</p></body></html>").toString();
    }

    static String money(Money amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        format.setCurrency(amount.currency());
        return format.format(amount.toMajor());
    }

    /** The time at the venue, as the customer knows it; in UTC (and saying so) when the zone is unknown. */
    static String when(Instant instant, @Nullable String timeZone) {
        ZoneId zone;
        try {
            zone = timeZone == null ? ZoneId.of("UTC") : ZoneId.of(timeZone);
        } catch (DateTimeException unknown) {
            zone = ZoneId.of("UTC");
        }
        return WHEN.format(instant.atZone(zone));
    }

    private static String firstName(String name) {
        String trimmed = name.strip();
        int space = trimmed.indexOf(' ');
        return space > 0 ? trimmed.substring(0, space) : trimmed.isEmpty() ? "there" : trimmed;
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
