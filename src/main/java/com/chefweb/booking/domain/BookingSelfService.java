package com.chefweb.booking.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.chefweb.shared.contact.EmailAddress;
import com.chefweb.shared.money.Money;
import com.chefweb.shared.pricing.PriceBook;
import com.chefweb.shared.pricing.Quote;
import com.chefweb.shared.pricing.QuoteRequest;
import com.chefweb.shared.pricing.Travel;
import com.chefweb.shared.refusal.Refusal;

/**
 * What a customer does with a booking without an account, proving it with the confirmation number and email, or
 * the booking's access token: look it up, change it, cancel it. Rules and messages are the storefront's; the
 * numbers come from the policy the booking was made under.
 */
@Service
public class BookingSelfService {

    private static final String NOT_FOUND = "Booking not found or email does not match";

    private final BookingRepository bookings;
    private final BookingAccessTokens accessTokens;
    private final BookingRules rules;
    private final PricingSource pricing;
    private final Availability availability;
    private final ApplicationEventPublisher events;
    private final BookingSettings settings;
    private final Clock clock;

    BookingSelfService(BookingRepository bookings, BookingAccessTokens accessTokens, BookingRules rules,
            PricingSource pricing, Availability availability, ApplicationEventPublisher events,
            BookingSettings settings, Clock clock) {
        this.settings = settings;
        this.bookings = bookings;
        this.accessTokens = accessTokens;
        this.rules = rules;
        this.pricing = pricing;
        this.availability = availability;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Finds a booking by its confirmation number, as typed ({@code chef-2026-0001}, {@code CHF-2026-0001},
     * {@code 2026-0001}), and the email it was made with. One statement and no transaction: lookups are the
     * storefront's busiest read, and a transaction adds round trips to it.
     */
    public Optional<LookedUp> lookUp(String confirmation, String email) {
        Optional<String> address = EmailAddress.parse(email).map(EmailAddress::value);
        return address.flatMap(verified -> bookings.findByConfirmationNumber(normalise(confirmation))
                .filter(booking -> booking.contact().email().equals(verified))
                .map(booking -> new LookedUp(booking, permissions(booking))));
    }

    /** The booking, when the caller proves it is theirs with its access token or its email (one statement). */
    public Optional<Booking> withProof(UUID id, @Nullable String accessToken, @Nullable String email) {
        return bookings.findById(id).filter(booking -> proves(booking, accessToken, email));
    }

    public Permissions permissions(Booking booking) {
        return Permissions.of(booking, daysUntil(booking));
    }

    /** @throws Refusal with the storefront's message when the change is not allowed */
    @Transactional
    public Modification modify(UUID id, BookingChange change) {
        Booking booking = lockOwned(id, change.email());
        BookingStatus status = booking.lifecycle().status();
        if (status == BookingStatus.CANCELLED) {
            throw Refusal.rejected("Cannot modify a cancelled booking");
        }
        if (status == BookingStatus.COMPLETED) {
            throw Refusal.rejected("Cannot modify a completed booking");
        }
        BookingPolicy policy = booking.policy();
        if (!policy.allowsChanges(daysUntil(booking))) {
            throw Refusal.rejected("Modifications must be made at least " + policy.modifyFromDays()
                    + " days before the event. Please contact us directly.");
        }
        ZoneId zone = booking.event().zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        BookingRules.Problems problems = new BookingRules.Problems();
        LocalDate date = change.eventDate() == null ? booking.event().date()
                : rules.changedDate(problems, change.eventDate(), today);
        LocalTime time = change.eventTime() == null ? booking.event().time()
                : rules.changedTime(problems, change.eventTime());
        // a field left out stays as it is; sent empty, it is cleared
        String dietary = change.dietaryNotes() == null ? booking.party().dietaryRestrictions()
                : BookingRules.text(problems, "dietaryNotes", change.dietaryNotes(), 0, 500, false);
        String requests = change.specialRequests() == null ? booking.party().specialRequests()
                : BookingRules.text(problems, "specialRequests", change.specialRequests(), 0, 1000, false);
        problems.throwIfAny();
        if (date.isBefore(today.plusDays(policy.modifyFromDays()))) {
            throw Refusal.rejected("New event date must be at least " + policy.modifyFromDays()
                    + " days in the future");
        }
        int adults = change.adults() == null ? booking.party().adults() : change.adults();
        int children = change.children() == null ? booking.party().children() : change.children();
        if (adults < policy.minAdultsOnChange()) {
            throw Refusal.rejected("Minimum " + policy.minAdultsOnChange() + " adults required");
        }
        if (adults > settings.maxAdults() || children < 0 || children > settings.maxChildren()) {
            throw Refusal.rejected("Up to " + settings.maxAdults() + " adults and " + settings.maxChildren()
                    + " children can be booked online");
        }
        if (adults + children >= settings.largeEventGuests()) {
            throw Refusal.rejected("Parties of " + settings.largeEventGuests()
                    + " or more guests are planned with us directly: please send a large-event inquiry");
        }
        Map<String, Modification.Change> changes = new LinkedHashMap<>();
        compare(changes, "event_date", booking.event().date().toString(), date.toString());
        compare(changes, "event_time", booking.event().time().toString(), time.toString());
        compare(changes, "num_adults", booking.party().adults(), adults);
        compare(changes, "num_children", booking.party().children(), children);
        compare(changes, "dietary_notes", booking.party().dietaryRestrictions(), dietary);
        compare(changes, "special_requests", booking.party().specialRequests(), requests);
        if (changes.isEmpty()) {
            throw Refusal.rejected("No changes provided");
        }
        Quote quote = requote(booking, adults, children, date, time);
        Instant startsAt = date.atTime(time).atZone(zone).toInstant();
        Availability.Occupancy occupancy = availability.occupancyOf(startsAt);
        int crew = availability.freeCrew(occupancy, booking.id()).orElseThrow(() -> Refusal.conflict(
                "All our chefs are booked at that time. Please choose another time."));
        if (!quote.total().equals(booking.pricing().total())) {
            compare(changes, "total", booking.pricing().total().toMajor(), quote.total().toMajor());
        }
        Booking.Event event = booking.event();
        Booking.Changed changed = booking.modify(
                new Booking.Event(date, time, zone, occupancy.startsAt(), occupancy.endsAt(), event.serviceState(),
                        event.city(), event.zipCode(), event.address(), event.addressLine2(), event.venueType(),
                        event.setupRequirements(), event.partyType()),
                new Booking.Party(adults, children, booking.party().packageId(), booking.party().addOns(), dietary,
                        booking.party().hasAllergies(), booking.party().allergies(), requests),
                crew, quote, clock.instant());
        save(changed.booking(), occupancy);
        changed.events().forEach(events::publishEvent);
        return new Modification(changed.booking(), changes);
    }

    /** @throws Refusal with the storefront's message when the booking cannot be cancelled online */
    @Transactional
    public Cancellation cancel(UUID id, @Nullable String email, @Nullable String reason) {
        String given = reason == null ? "" : reason.strip();
        if (given.length() > 500) {
            throw Refusal.invalid("reason", "Keep the reason to 500 characters");
        }
        if (given.indexOf('<') >= 0 || given.indexOf('>') >= 0) {
            throw Refusal.invalid("reason", "Please do not use < or >");
        }
        Booking booking = lockOwned(id, email);
        BookingStatus status = booking.lifecycle().status();
        if (status == BookingStatus.CANCELLED) {
            throw Refusal.rejected("Booking is already cancelled");
        }
        if (status == BookingStatus.COMPLETED) {
            throw Refusal.rejected("Cannot cancel a completed booking");
        }
        long days = daysUntil(booking);
        if (!booking.policy().allowsCancelling(days)) {
            throw Refusal.rejected("Cannot cancel within 24 hours of the event. Please contact us directly.");
        }
        String why = given.isEmpty() ? "Customer requested cancellation" : given;
        return cancelled(booking, why, booking.policy().refundPercent(days));
    }

    /** Cancels with the given refund share; also used by staff. */
    Cancellation cancelled(Booking booking, String reason, int refundPercent) {
        Booking.Changed changed = booking.cancel(reason, refundPercent, clock.instant());
        Booking cancelled = changed.booking();
        Availability.Occupancy occupancy = availability.occupancyOf(booking.event().startsAt());
        bookings.update(cancelled, occupancy.from(), occupancy.until());
        changed.events().forEach(events::publishEvent);
        Money refund = java.util.Objects.requireNonNull(cancelled.pricing().refundDue());
        return new Cancellation(cancelled, refund.signum() > 0, refundPercent, refund, refundNote(refundPercent));
    }

    private static String refundNote(int percent) {
        return switch (percent) {
            case 100 -> "Full refund will be processed within 5-10 business days";
            case 0 -> "No refund eligible for cancellations within 3 days of event";
            default -> percent + "% refund will be processed within 5-10 business days";
        };
    }

    /** Reprices with the booking's own price book version: a change never picks up later prices. */
    private Quote requote(Booking booking, int adults, int children, LocalDate date, LocalTime time) {
        PriceBook book = pricing.version(booking.pricing().priceBookVersion());
        Quote original = booking.pricing().quote();
        Travel travel = switch (original.travelFeeStatus()) {
            case "included" -> new Travel.Included("booked", booking.event().city());
            case "estimated" -> new Travel.Estimated(book.serviceAreas().isEmpty() ? "booked"
                    : book.serviceAreas().getFirst().id(), booking.event().city(),
                    Objects.requireNonNullElse(original.travelMiles(), 0), original.travelFee());
            default -> new Travel.ToBeDetermined("as booked");
        };
        QuoteRequest request = new QuoteRequest(booking.party().packageId(), adults, children,
                booking.party().addOns(), travel, date.atTime(time).atZone(booking.event().zone()));
        return pricing.quote(withPackagesAvailable(book), request);
    }

    /** A package retired since the booking was made still prices that booking. */
    private static PriceBook withPackagesAvailable(PriceBook book) {
        return new PriceBook(book.version(), book.publishedAt(), book.currency(),
                book.packages().stream().map(p -> new PriceBook.PackagePrice(p.id(), p.name(), p.adultPrice(),
                        p.childPrice(), true)).toList(),
                book.addOns().stream().map(a -> new PriceBook.AddOnPrice(a.id(), a.name(), a.price(), a.pricing(),
                        true)).toList(),
                book.serviceAreas(), book.deposit(), book.minimumSpend(), book.balanceDueHoursBeforeEvent());
    }

    private void save(Booking changed, Availability.Occupancy occupancy) {
        try {
            bookings.update(changed, occupancy.from(), occupancy.until());
        } catch (DataIntegrityViolationException e) {
            // another booking took the crew between the check and the update; the constraint caught it
            throw Refusal.conflict("That time was just booked by someone else. Please choose another time.");
        }
    }

    private Booking lockOwned(UUID id, @Nullable String email) {
        if (email == null || email.isBlank()) {
            throw Refusal.rejected("Email is required for verification");
        }
        Booking booking = bookings.lockById(id).orElseThrow(() -> Refusal.notFound(NOT_FOUND));
        if (!sameEmail(booking, email)) {
            throw Refusal.notFound(NOT_FOUND);
        }
        return booking;
    }

    private boolean proves(Booking booking, @Nullable String accessToken, @Nullable String email) {
        return (accessToken != null && accessTokens.matches(booking.id(), accessToken))
                || (email != null && sameEmail(booking, email));
    }

    private static boolean sameEmail(Booking booking, String email) {
        return EmailAddress.parse(email).map(EmailAddress::value).filter(booking.contact().email()::equals).isPresent();
    }

    /** Whole days until midnight starting the event's day at the venue, rounded up, as the storefront counts. */
    long daysUntil(Booking booking) {
        Instant eventDay = booking.event().date().atStartOfDay(booking.event().zone()).toInstant();
        Duration until = Duration.between(clock.instant(), eventDay);
        long days = until.toDays();
        return until.minusDays(days).isPositive() ? days + 1 : days;
    }

    private static void compare(Map<String, Modification.Change> changes, String field, @Nullable Object before,
            @Nullable Object after) {
        if (!Objects.equals(before, after)) {
            changes.put(field, new Modification.Change(before == null ? "" : before, after == null ? "" : after));
        }
    }

    /** A confirmation number as typed on the lookup page, in its stored form. */
    static String normalise(String typed) {
        String code = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
        if (code.startsWith("CHF-")) {
            return "CHEF-" + code.substring(4);
        }
        if (!code.isEmpty() && Character.isDigit(code.charAt(0))) {
            return "CHEF-" + code;
        }
        return code;
    }

    /** A booking found by lookup, with what its customer may still do. */
    public record LookedUp(Booking booking, Permissions permissions) {
    }
}
