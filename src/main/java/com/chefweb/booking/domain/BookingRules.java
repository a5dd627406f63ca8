package com.chefweb.booking.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.chefweb.shared.contact.DisposableEmailDomains;
import com.chefweb.shared.contact.EmailAddress;
import com.chefweb.shared.contact.PhoneNumber;
import com.chefweb.shared.pricing.EventLocation;
import com.chefweb.shared.pricing.QuoteRequest.AddOnChoice;
import com.chefweb.shared.refusal.Refusal;
import com.chefweb.shared.refusal.FieldProblem;

/**
 * Checks a submitted booking field by field, in the storefront's words, and normalises what it keeps. Every problem
 * is reported at once, with the field it belongs to; a booking with any problem is not stored.
 */
@Component
class BookingRules {

    private static final Pattern ZIP = Pattern.compile("^\\d{5}(-\\d{4})?$");
    private static final Pattern ID = Pattern.compile("^[a-z0-9][a-z0-9-]{0,39}$");
    private static final Set<String> VENUE_TYPES = Set.of("home", "backyard", "community-center", "office",
            "rental-venue", "other");
    private static final Set<String> PARTY_TYPES = Set.of("birthday", "friendsgiving", "business", "other");
    private static final Set<String> SETUP = Set.of("flat-cooking-surface", "electrical-outlet", "water-access",
            "seating-arranged");
    private static final Set<String> PAYMENT_OPTIONS = Set.of("deposit", "full", "later");
    private static final int MAX_ADD_ON_QUANTITY = 20;

    private final BookingSettings settings;
    private final DisposableEmailDomains disposable;

    BookingRules(BookingSettings settings, DisposableEmailDomains disposable) {
        this.settings = settings;
        this.disposable = disposable;
    }

    NewBooking check(BookingDetails details, LocalDate todayAtVenue) {
        Problems problems = new Problems();
        String city = text(problems, "city", details.city(), 2, 100, true);
        String zip = strip(details.zipCode());
        if (zip != null && !ZIP.matcher(zip).matches()) {
            problems.add("zipCode", "Enter a 5-digit ZIP code");
        }
        String serviceState = strip(details.serviceState());
        if (serviceState == null && zip == null) {
            problems.add("serviceState", "Choose where the event is");
        } else if (serviceState != null && !serviceState.matches("^[A-Za-z]{2,3}$")) {
            problems.add("serviceState", "Use a state code such as CA, or EXT for outside the Bay Area");
        }
        LocalDate date = eventDate(problems, details.eventDate(), todayAtVenue, true);
        LocalTime time = eventTime(problems, details.eventTime());
        int adults = count(problems, "numAdults", details.adults(), 1, settings.maxAdults(), "adults");
        int children = details.children() == null ? 0
                : count(problems, "numChildren", details.children(), 0, settings.maxChildren(), "children");
        if (adults + children >= settings.largeEventGuests()) {
            problems.add("numAdults", "Parties of " + settings.largeEventGuests()
                    + " or more guests are planned with us directly: please send a large-event inquiry");
        }
        String packageId = strip(details.packageId()) == null ? "signature" : strip(details.packageId()).toLowerCase(Locale.ROOT);
        List<AddOnChoice> addOns = addOns(problems, details.addOns());
        String partyType = oneOf(problems, "partyType", details.partyType(), PARTY_TYPES);
        String venueType = oneOf(problems, "venueType", details.venueType(), VENUE_TYPES);
        for (String requirement : details.setupRequirements()) {
            if (!SETUP.contains(requirement)) {
                problems.add("setupRequirements", "Unknown setup requirement '" + requirement + "'");
            }
        }
        String address = text(problems, "address", details.address(), 5, 500, false);
        String addressLine2 = text(problems, "addressLine2", details.addressLine2(), 0, 200, false);
        String specialRequests = text(problems, "specialRequests", details.specialRequests(), 0, 1000, false);
        String dietary = text(problems, "dietaryRestrictions", details.dietaryRestrictions(), 0, 500, false);
        boolean hasAllergies = Boolean.TRUE.equals(details.hasAllergies());
        String allergies = text(problems, "allergies", details.allergies(), hasAllergies ? 3 : 0, 500, hasAllergies);
        String name = text(problems, "contactName", details.contactName(), 2, 100, true);
        String email = email(problems, details.contactEmail());
        String phone = PhoneNumber.parse(details.contactPhone()).map(PhoneNumber::value).orElse(null);
        if (phone == null) {
            problems.add("contactPhone", "Enter a phone number with 10 to 15 digits");
        }
        if (!Boolean.TRUE.equals(details.agreeToTerms())) {
            problems.add("agreeToTerms", "Please accept the terms and conditions");
        }
        String payment = details.paymentOption() == null ? "deposit" : details.paymentOption().strip().toLowerCase(Locale.ROOT);
        if (!PAYMENT_OPTIONS.contains(payment)) {
            problems.add("paymentOption", "Choose deposit, full or later");
        }
        problems.throwIfAny();
        return new NewBooking(new EventLocation(zip, city, serviceState), city, date, time, adults, children, partyType,
                packageId, addOns, address, addressLine2, venueType, details.setupRequirements(), specialRequests,
                dietary, hasAllergies, hasAllergies ? allergies : null, name, email, phone,
                Boolean.TRUE.equals(details.marketingConsent()), Boolean.TRUE.equals(details.smsConsent()), payment);
    }

    /**
     * A changed date, parsed and within the booking horizon; how soon it may be is the change policy's to say, in
     * the storefront's words.
     */
    LocalDate changedDate(Problems problems, String typed, LocalDate todayAtVenue) {
        return eventDate(problems, typed, todayAtVenue, false);
    }

    LocalTime changedTime(Problems problems, String typed) {
        return eventTime(problems, typed);
    }

    private LocalDate eventDate(Problems problems, @Nullable String typed, LocalDate todayAtVenue,
            boolean checkSoonest) {
        if (typed == null || typed.isBlank()) {
            problems.add("eventDate", "Choose the event's date");
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(typed.strip().length() > 10 ? typed.strip().substring(0, 10) : typed.strip());
            long daysAhead = ChronoUnit.DAYS.between(todayAtVenue, date);
            if (checkSoonest && daysAhead < settings.minDaysAhead()) {
                problems.add("eventDate", "Book at least " + settings.minDaysAhead() + " days ahead");
            } else if (daysAhead > settings.maxDaysAhead()) {
                problems.add("eventDate", "We take bookings up to " + settings.maxDaysAhead() + " days ahead");
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add("eventDate", "Use the date format YYYY-MM-DD");
            return null;
        }
    }

    private LocalTime eventTime(Problems problems, @Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            problems.add("eventTime", "Choose the event's start time");
            return null;
        }
        try {
            LocalTime time = LocalTime.parse(typed.strip().length() == 5 ? typed.strip() : typed.strip().substring(0, Math.min(8, typed.strip().length())));
            if (time.isBefore(settings.earliestStart()) || time.isAfter(settings.latestStart())) {
                problems.add("eventTime", "Events start between " + settings.earliestStart() + " and "
                        + settings.latestStart());
            }
            return time.withSecond(0).withNano(0);
        } catch (DateTimeParseException e) {
            problems.add("eventTime", "Use the time format HH:MM");
            return null;
        }
    }

    private static int count(Problems problems, String field, @Nullable Integer value, int min, int max, String what) {
        if (value == null) {
            problems.add(field, "Enter the number of " + what);
            return 0;
        }
        if (value < min || value > max) {
            problems.add(field, "Enter " + min + " to " + max + " " + what);
        }
        return value;
    }

    private static List<AddOnChoice> addOns(Problems problems, List<BookingDetails.AddOnRequest> requested) {
        List<AddOnChoice> choices = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            BookingDetails.AddOnRequest addOn = requested.get(i);
            String id = addOn.id() == null ? "" : addOn.id().strip().toLowerCase(Locale.ROOT);
            int quantity = addOn.quantity() == null ? 1 : addOn.quantity();
            if (!ID.matcher(id).matches()) {
                problems.add("addons[" + i + "].id", "Unknown add-on");
            } else if (quantity < 1 || quantity > MAX_ADD_ON_QUANTITY) {
                problems.add("addons[" + i + "].quantity", "Choose 1 to " + MAX_ADD_ON_QUANTITY);
            } else if (choices.stream().anyMatch(c -> c.id().equals(id))) {
                problems.add("addons[" + i + "].id", "Add-on '" + id + "' is listed twice");
            } else {
                choices.add(new AddOnChoice(id, quantity));
            }
        }
        return choices;
    }

    private static @Nullable String oneOf(Problems problems, String field, @Nullable String value, Set<String> allowed) {
        String stripped = strip(value);
        if (stripped != null && !allowed.contains(stripped)) {
            problems.add(field, "Choose one of " + String.join(", ", allowed.stream().sorted().toList()));
        }
        return stripped;
    }

    private String email(Problems problems, @Nullable String typed) {
        EmailAddress email = EmailAddress.parse(typed).orElse(null);
        if (email == null) {
            problems.add("contactEmail", "Enter a valid email address");
            return null;
        }
        if (disposable.contains(email)) {
            problems.add("contactEmail", "Please use a permanent email address");
        }
        return email.value();
    }

    /**
     * Free text as typed, trimmed. Angle brackets are refused rather than stored, since the storefront's pages insert
     * some fields into HTML.
     */
    static @Nullable String text(Problems problems, String field, @Nullable String value, int min, int max,
            boolean required) {
        String stripped = strip(value);
        if (stripped == null) {
            if (required) {
                problems.add(field, "This field is required");
            }
            return null;
        }
        if (stripped.length() < min || stripped.length() > max) {
            problems.add(field, min > 0 ? "Enter " + min + " to " + max + " characters" : "Enter at most " + max + " characters");
        } else if (stripped.indexOf('<') >= 0 || stripped.indexOf('>') >= 0) {
            problems.add(field, "Please do not use < or >");
        } else if (stripped.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            problems.add(field, "Contains characters that cannot be stored");
        }
        return stripped;
    }

    private static @Nullable String strip(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Field problems collected during one check. */
    static final class Problems {

        private final List<FieldProblem> found = new ArrayList<>();

        void add(String field, String message) {
            found.add(new FieldProblem(field, message));
        }

        void throwIfAny() {
            if (!found.isEmpty()) {
                throw Refusal.invalid(found);
            }
        }
    }
}
