package com.chefweb.chatbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.chefweb.chatbot.knowledge.Knowledge;
import com.chefweb.shared.pricing.PriceBook;

/**
 * What a customer said about their party, read from plain words: "15 people", "12 adults and 3 kids", "signature",
 * "94103", "in Fresno", "with a photographer". Only what was said is filled in; a number that is a date, a time, a
 * duration, an amount or a street number is not a guest count.
 *
 * @param place the words after "in", "to", "near" and the like, as typed, to be looked up as a city
 * @param addOns the add-ons named in the message, by id
 */
record PartyDetails(@Nullable Integer adults, @Nullable Integer children, @Nullable Integer guests,
        @Nullable String packageId, @Nullable String zipCode, @Nullable String place, List<String> addOns) {

    /** A number of people: not part of a date, time, amount or decimal. */
    private static final String COUNT = "(?<![\\d$.,/:])(\\d{1,3})(?![\\d.,/:])";
    private static final Pattern ADULTS = Pattern.compile(COUNT + "\\s*(?:adults?|grown[- ]?ups?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CHILDREN = Pattern.compile(COUNT + "\\s*(?:kids?|children|child|minors?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern GUESTS = Pattern.compile(COUNT
            + "\\s*(?:people|guests?|persons?|pax|ppl|folks|of us|attendees|heads)\\b", Pattern.CASE_INSENSITIVE);
    /** "for 15", "party of 15": only when nothing but punctuation or the end of the message follows. */
    private static final Pattern BARE_COUNT = Pattern.compile(
            "\\b(?:for|party of|group of|feed|serving)\\s+" + COUNT + "\\s*(?=[?!.,;]|$)", Pattern.CASE_INSENSITIVE);
    /** A ZIP code: five digits, not an amount and not a street number. */
    private static final Pattern ZIP = Pattern.compile(
            "(?<![\\d$.,])(\\d{5})(?:-\\d{4})?(?![\\d.,])(?!\\s+[A-Za-z]+\\s+(?:st|street|ave|avenue|rd|road|blvd|way|dr"
                    + "|drive|ln|lane|ct|court|pl|place)\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLACE = Pattern.compile(
            "\\b(?:in|near|around|travel to|come to|go to|drive to|visit|out to|up to|down to|cover|serve)\\s+"
                    + "([A-Za-z][A-Za-z.'-]*(?:\\s+[A-Za-z][A-Za-z.'-]*){0,2}(?:,\\s*[A-Za-z]{2}\\b)?)",
            Pattern.CASE_INSENSITIVE);
    /** Words after "in" that are no place. */
    private static final Set<String> NOT_PLACES = Set.of("the", "a", "an", "my", "our", "your", "you", "me", "us",
            "it", "this", "that", "total", "advance", "person", "cash", "full", "addition", "case", "time", "june",
            "july", "may", "march", "april", "august", "january", "february", "september", "october", "november",
            "december", "spring", "summer", "fall", "winter", "the backyard", "backyard", "home", "english");
    private static final Pattern MORE_CHEFS = Pattern.compile(
            "\\b(?:additional|extra|second|another|2|two)\\s+chefs?\\b");
    /** Words of add-on names too common to name one. */
    private static final Set<String> COMMON_WORDS = Set.of("package", "premium", "selection", "event", "professional",
            "celebration", "additional", "upgrade", "service", "extra", "special");

    static PartyDetails read(String message, Knowledge knowledge) {
        String text = message.toLowerCase(Locale.ROOT);
        Integer adults = number(ADULTS.matcher(message));
        Integer children = number(CHILDREN.matcher(message));
        Integer guests = number(GUESTS.matcher(message));
        if (guests == null && adults == null) {
            guests = number(BARE_COUNT.matcher(message));
        }
        String packageId = knowledge.activePackages().stream()
                .filter(p -> Pattern.compile("\\b" + Pattern.quote(p.id().toLowerCase(Locale.ROOT))
                        + "\\b(?!\\s+(?:sake|tableware|selection|drinks?))").matcher(text).find())
                .map(PriceBook.PackagePrice::id).findFirst().orElse(null);
        String zipCode = null;
        Matcher zip = ZIP.matcher(message);
        while (zip.find()) {
            zipCode = zip.group(1);
        }
        String where = null;
        Matcher place = PLACE.matcher(message);
        while (place.find()) {
            String words = place.group(1).replaceAll("[.?!,]+$", "").strip();
            String first = words.toLowerCase(Locale.ROOT).split("[\\s,]+")[0];
            if (!words.isEmpty() && !NOT_PLACES.contains(first) && !NOT_PLACES.contains(words.toLowerCase(Locale.ROOT))) {
                where = words;
                break;
            }
        }
        return new PartyDetails(adults, children, guests, packageId, zipCode, where, addOns(text, knowledge));
    }

    /** Add-ons whose distinctive words appear: "photographer" names Professional Photography. */
    private static List<String> addOns(String text, Knowledge knowledge) {
        List<String> named = new ArrayList<>();
        for (PriceBook.AddOnPrice addOn : knowledge.activeAddOns()) {
            if (addOn.name().toLowerCase(Locale.ROOT).contains("chef")) {
                // "the chef" is every party's; only a second one is an add-on
                if (MORE_CHEFS.matcher(text).find()) {
                    named.add(addOn.id());
                }
                continue;
            }
            for (String word : addOn.name().toLowerCase(Locale.ROOT).split("[^a-z]+")) {
                if (word.length() >= 4 && !COMMON_WORDS.contains(word)) {
                    String stem = word.length() > 7 ? word.substring(0, word.length() - 2) : word;
                    if (Pattern.compile("\\b" + Pattern.quote(stem)).matcher(text).find()) {
                        named.add(addOn.id());
                        break;
                    }
                }
            }
        }
        return List.copyOf(named);
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
