package com.chefweb.chatbot.answer;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.chefweb.chatbot.knowledge.Knowledge;

/**
 * What a customer said about their party, read from plain words: "15 people", "12 adults and 3 kids", "signature",
 * "94103", "in Fresno". Only what was said is filled in.
 *
 * @param place the words after "in", "to", "near" and the like, to be looked up as a city
 */
record PartyDetails(@Nullable Integer adults, @Nullable Integer children, @Nullable Integer guests,
        @Nullable String packageId, @Nullable String zipCode, @Nullable String place) {

    private static final Pattern ADULTS = Pattern.compile("\\b(\\d{1,4})\\s*(?:adults?|grown[- ]?ups?)\\b");
    private static final Pattern CHILDREN = Pattern.compile("\\b(\\d{1,4})\\s*(?:kids?|children|child|minors?)\\b");
    private static final Pattern GUESTS = Pattern.compile(
            "\\b(\\d{1,4})\\s*(?:people|guests?|persons?|pax|ppl|folks|of us|attendees|heads)\\b"
                    + "|\\b(?:for|party of|group of|feed|serve)\\s+(\\d{1,4})\\b(?!\\s*(?:am|pm|:|th|st|nd|rd|days?|hours?))");
    private static final Pattern ZIP = Pattern.compile("\\b(\\d{5})\\b");
    private static final Pattern PLACE = Pattern.compile(
            "\\b(?:in|to|near|around|at|serve|service|cover|visit|travel to|come to|from)\\s+"
                    + "([a-z][a-z.'-]*(?:\\s+[a-z][a-z.'-]*){0,2})");

    static PartyDetails read(String message, Knowledge knowledge) {
        String text = message.toLowerCase(Locale.ROOT);
        Integer adults = number(ADULTS.matcher(text));
        Integer children = number(CHILDREN.matcher(text));
        Integer guests = number(GUESTS.matcher(text));
        String packageId = knowledge.activePackages().stream()
                .filter(p -> text.contains(p.id().toLowerCase(Locale.ROOT))
                        || text.contains(p.name().toLowerCase(Locale.ROOT)))
                .map(p -> p.id()).findFirst().orElse(null);
        Matcher zip = ZIP.matcher(text);
        String zipCode = zip.find() ? zip.group(1) : null;
        Matcher place = PLACE.matcher(text);
        String where = null;
        while (place.find()) {
            String words = place.group(1).replaceAll("[.?!,]+$", "").strip();
            if (!words.isEmpty() && !words.matches("(?:the|a|an|my|our|your|you|me|us|it|this|that|book|pay|\\d+)\\b.*")) {
                where = words;
                break;
            }
        }
        return new PartyDetails(adults, children, guests, packageId, zipCode, where);
    }

    /** Adults: as said, or the guests less the children; nothing when no number was given. */
    Optional<Integer> adultCount() {
        if (adults != null) {
            return Optional.of(adults);
        }
        if (guests != null) {
            return Optional.of(Math.max(guests - (children == null ? 0 : children), 0));
        }
        return Optional.empty();
    }

    int childCount() {
        return children == null ? 0 : children;
    }

    boolean mentionsParty() {
        return adults != null || guests != null || children != null;
    }

    boolean mentionsPlace() {
        return zipCode != null || place != null;
    }

    private static @Nullable Integer number(Matcher matcher) {
        while (matcher.find()) {
            for (int group = 1; group <= matcher.groupCount(); group++) {
                if (matcher.group(group) != null) {
                    return Integer.parseInt(matcher.group(group));
                }
            }
        }
        return null;
    }
}
