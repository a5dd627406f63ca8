package com.chefweb.notify.messages;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The words of texts: short (one SMS segment where it can be), signed with the sender's name first as carriers ask,
 * and ending with how to stop them. Nothing a customer typed goes into a text.
 */
final class Texts {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE MMM d 'at' h:mm a z", Locale.US);

    private Texts() {
    }

    static String text(String sender, String message) {
        return sender + ": " + message + " Reply STOP to stop texts.";
    }

    /** The time at the venue, short. */
    static String when(Instant instant, @Nullable String timeZone) {
        return WHEN.format(instant.atZone(zone(timeZone)));
    }

    static ZoneId zone(@Nullable String timeZone) {
        try {
            return timeZone == null ? ZoneId.of("UTC") : ZoneId.of(timeZone);
        } catch (DateTimeException unknown) {
            return ZoneId.of("UTC");
        }
    }
}
