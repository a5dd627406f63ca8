package com.chefweb.booking.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An RFC 5545 calendar with one event, in the venue's time zone. The zone's definition is written into the file
 * ({@code VTIMEZONE}, from its rules around the event), so calendars show the right local time anywhere.
 */
public final class CalendarFile {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int MAX_LINE_OCTETS = 75;

    private CalendarFile() {
    }

    /**
     * @param uid globally unique and stable for this event, so re-importing updates it
     */
    public static String event(String uid, String summary, String description, String location, ZoneId zone,
            LocalDateTime start, Duration duration, Instant stamp) {
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//ChefWeb//Bookings//EN");
        lines.add("CALSCALE:GREGORIAN");
        lines.add("METHOD:PUBLISH");
        lines.addAll(timeZone(zone, start));
        lines.add("BEGIN:VEVENT");
        lines.add("UID:" + text(uid));
        lines.add("DTSTAMP:" + UTC.format(stamp));
        lines.add("DTSTART;TZID=" + zone.getId() + ":" + LOCAL.format(start));
        lines.add("DTEND;TZID=" + zone.getId() + ":" + LOCAL.format(start.plus(duration)));
        lines.add("SUMMARY:" + text(summary));
        lines.add("DESCRIPTION:" + text(description));
        lines.add("LOCATION:" + text(location));
        lines.add("STATUS:CONFIRMED");
        lines.addAll(alarm("-P1D", "Your private chef event is tomorrow"));
        lines.addAll(alarm("-PT2H", "Your private chef arrives soon"));
        lines.add("END:VEVENT");
        lines.add("END:VCALENDAR");
        StringBuilder file = new StringBuilder();
        lines.forEach(line -> file.append(fold(line)).append("\r\n"));
        return file.toString();
    }

    private static List<String> alarm(String trigger, String description) {
        return List.of("BEGIN:VALARM", "TRIGGER:" + trigger, "ACTION:DISPLAY", "DESCRIPTION:" + text(description),
                "END:VALARM");
    }

    /** The zone's standard and daylight periods in force around the event. */
    private static List<String> timeZone(ZoneId zone, LocalDateTime start) {
        List<String> lines = new ArrayList<>(List.of("BEGIN:VTIMEZONE", "TZID:" + zone.getId()));
        ZoneRules rules = zone.getRules();
        Instant around = start.atZone(zone).toInstant();
        List<ZoneOffsetTransition> transitions = new ArrayList<>();
        ZoneOffsetTransition previous = rules.previousTransition(around.plusSeconds(1));
        if (previous != null) {
            transitions.add(previous);
            ZoneOffsetTransition before = rules.previousTransition(previous.getInstant());
            if (before != null) {
                transitions.addFirst(before);
            }
        }
        ZoneOffsetTransition next = rules.nextTransition(around);
        if (next != null) {
            transitions.add(next);
        }
        if (transitions.isEmpty()) {
            ZoneOffset offset = rules.getOffset(around);
            lines.addAll(List.of("BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:" + offset(offset),
                    "TZOFFSETTO:" + offset(offset), "END:STANDARD"));
        }
        for (ZoneOffsetTransition transition : transitions) {
            boolean daylight = rules.isDaylightSavings(transition.getInstant());
            String kind = daylight ? "DAYLIGHT" : "STANDARD";
            lines.add("BEGIN:" + kind);
            lines.add("DTSTART:" + LOCAL.format(transition.getDateTimeBefore()));
            lines.add("TZOFFSETFROM:" + offset(transition.getOffsetBefore()));
            lines.add("TZOFFSETTO:" + offset(transition.getOffsetAfter()));
            lines.add("END:" + kind);
        }
        lines.add("END:VTIMEZONE");
        return lines;
    }

    private static String offset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        int minutes = Math.abs(seconds) / 60;
        return String.format(Locale.ROOT, "%s%02d%02d", seconds < 0 ? "-" : "+", minutes / 60, minutes % 60);
    }

    /** TEXT values escape backslash, semicolon, comma and newlines (RFC 5545 §3.3.11). */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Lines longer than 75 octets continue on the next line after a space (RFC 5545 §3.1). */
    static String fold(String line) {
        StringBuilder folded = new StringBuilder();
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (octets + size > MAX_LINE_OCTETS) {
                folded.append("\r\n ");
                octets = 1;
            }
            folded.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return folded.toString();
    }
}
