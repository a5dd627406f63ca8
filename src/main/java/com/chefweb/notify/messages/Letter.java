package com.chefweb.notify.messages;

import java.text.NumberFormat;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
    /** Paragraphs, facts and actions, in the order written. */
    private final List<Block> blocks = new ArrayList<>();
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
        blocks.add(new Block("p", text, ""));
        return this;
    }

    Letter fact(String label, String value) {
        blocks.add(new Block("fact", label, value));
        return this;
    }

    Letter action(String label, String url) {
        blocks.add(new Block("action", label, url));
        return this;
    }

    Letter signedBy(String sender) {
        this.signOff = sender;
        return this;
    }

    String text() {
        StringBuilder text = new StringBuilder(greeting).append("\n\n");
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            switch (block.kind()) {
                case "fact" -> {
                    text.append(block.first()).append(": ").append(block.second()).append('\n');
                    if (i + 1 == blocks.size() || !blocks.get(i + 1).kind().equals("fact")) {
                        text.append('\n');
                    }
                }
                case "action" -> text.append(block.first()).append(":\n").append(block.second()).append("\n\n");
                default -> text.append(block.first()).append("\n\n");
            }
        }
        return text.append(signOff).append('\n').toString();
    }

    String html() {
        // one layout for every email: a narrow white card that reads well in any mail app, inline styles only
        StringBuilder html = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width\"></head>"
                + "<body style=\"margin:0;padding:24px 12px;background:#f4f1ec\">"
                + "<div style=\"max-width:560px;margin:0 auto;padding:24px;background:#ffffff;border-radius:8px;"
                + "font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#222222\">");
        if (!signOff.isEmpty()) {
            html.append("<p style=\"margin:0 0 16px;font-weight:bold;color:#b23a12\">").append(escape(signOff))
                    .append("</p>");
        }
        html.append("<p>").append(escape(greeting)).append("</p>");
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            switch (block.kind()) {
                case "fact" -> {
                    if (i == 0 || !blocks.get(i - 1).kind().equals("fact")) {
                        html.append("<table>");
                    }
                    html.append("<tr><th align=\"left\" style=\"padding:2px 12px 2px 0\">").append(escape(block.first())).append("</th><td>")
                            .append(escape(block.second())).append("</td></tr>");
                    if (i + 1 == blocks.size() || !blocks.get(i + 1).kind().equals("fact")) {
                        html.append("</table>");
                    }
                }
                case "action" -> html.append("<p><a href=\"").append(escape(block.second())).append("\">")
                        .append(escape(block.first())).append("</a></p>");
                default -> html.append("<p>").append(escape(block.first())).append("</p>");
            }
        }
        return html.append("<p>").append(escape(signOff)).append("</p></div></body></html>").toString();
    }

    /** @param kind {@code p}, {@code fact} (label, value) or {@code action} (label, url) */
    private record Block(String kind, String first, String second) {
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
