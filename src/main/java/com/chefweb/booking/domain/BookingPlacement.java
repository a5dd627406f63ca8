package com.chefweb.booking.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import com.chefweb.shared.crypto.Digests;
import com.chefweb.shared.money.Money;
import com.chefweb.shared.pricing.PriceBook;
import com.chefweb.shared.pricing.Quote;
import com.chefweb.shared.pricing.QuoteRequest;
import com.chefweb.shared.pricing.Travel;
import com.chefweb.shared.refusal.Refusal;

/**
 * Places bookings: checks the request, prices it, and takes a crew's time. The database decides whether the crew is
 * free (an exclusion constraint), so simultaneous requests for one slot never make more bookings than there are
 * crews; and an idempotency key makes a retried request return the booking it already made.
 */
@Service
public class BookingPlacement {

    private static final Logger log = LoggerFactory.getLogger(BookingPlacement.class);

    private final BookingRules rules;
    private final PricingSource pricing;
    private final Availability availability;
    private final BookingRepository bookings;
    private final CustomerRepository customers;
    private final BookingAccessTokens accessTokens;
    private final BookingSettings settings;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    BookingPlacement(BookingRules rules, PricingSource pricing, Availability availability, BookingRepository bookings,
            CustomerRepository customers, BookingAccessTokens accessTokens, BookingSettings settings,
            ApplicationEventPublisher events, JsonMapper json, Clock clock) {
        this.rules = rules;
        this.pricing = pricing;
        this.availability = availability;
        this.bookings = bookings;
        this.customers = customers;
        this.accessTokens = accessTokens;
        this.settings = settings;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** A quote for a booking as submitted, without storing anything; priced from memory, no database involved. */
    public Quote preview(BookingDetails details) {
        PriceBook book = pricing.latest();
        ZoneId zone = pricing.zone(book);
        NewBooking request = rules.check(details, LocalDate.now(clock.withZone(zone)));
        return pricing.quote(book, quoteRequest(request, pricing.travel(request.location(), book), zone));
    }

    /**
     * Places a booking.
     *
     * @param idempotencyKey the client's key for this submission; the same key returns the same booking
     * @throws Refusal 400 with field errors, 409 when every crew is taken (with the nearest free start times)
     *     or when the key was used for a different booking, 503 before prices have loaded
     */
    @Transactional
    public PlacedBooking place(BookingDetails details, @Nullable String idempotencyKey) {
        String requestHash = requestHash(details);
        Optional<PlacedBooking> replay = replay(idempotencyKey, requestHash);
        if (replay.isPresent()) {
            return replay.get();
        }
        PriceBook book = pricing.latest();
        ZoneId zone = pricing.zone(book);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        NewBooking request = rules.check(details, today);
        Travel travel = pricing.travel(request.location(), book);
        Quote quote = pricing.quote(book, quoteRequest(request, travel, zone));
        Instant startsAt = request.eventDate().atTime(request.eventTime()).atZone(zone).toInstant();
        Availability.Occupancy occupancy = availability.occupancyOf(startsAt);
        UUID customerId = customers.upsert(request.contactEmail(), request.contactName(), request.contactPhone());
        String confirmationNumber = confirmationNumber(today);
        String key = idempotencyKey == null ? null : idempotencyKey.strip();
        for (int crew : availability.freeCrews(occupancy, null)) {
            Booking booking = newBooking(UUID.randomUUID(), confirmationNumber, customerId, crew, request, zone,
                    occupancy, quote);
            if (bookings.insertIfFree(booking, key, requestHash, occupancy.from(), occupancy.until())) {
                events.publishEvent(booking.placed(key));
                log.info("Booking {} placed for {} at {} ({}), crew {}", confirmationNumber, request.eventDate(),
                        request.eventTime(), zone, crew);
                return new PlacedBooking(booking, accessTokens.tokenFor(booking.id()), false);
            }
        }
        // every insert was refused: a concurrent request with the same key may have won, or every crew is busy
        return replay(key, requestHash).orElseThrow(() -> allCrewsBusy(request, zone, today));
    }

    /**
     * What makes two submissions the same booking. The payment option is left out: a customer who retries a checkout
     * with another way to pay is still making the same booking.
     */
    private String requestHash(BookingDetails details) {
        BookingDetails withoutPaymentChoice = new BookingDetails(details.serviceState(), details.city(),
                details.zipCode(), details.eventDate(), details.eventTime(), details.adults(), details.children(),
                details.partyType(), details.packageId(), details.addOns(), details.address(), details.addressLine2(),
                details.venueType(), details.setupRequirements(), details.specialRequests(),
                details.dietaryRestrictions(), details.hasAllergies(), details.allergies(), details.contactName(),
                details.contactEmail(), details.contactPhone(), details.agreeToTerms(), details.marketingConsent(),
                details.smsConsent(), null);
        return Digests.sha256Hex(json.writeValueAsString(withoutPaymentChoice));
    }

    private Optional<PlacedBooking> replay(@Nullable String idempotencyKey, String requestHash) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return Optional.empty();
        }
        return bookings.findByIdempotencyKey(idempotencyKey.strip()).map(existing -> {
            if (!existing.requestHash().equals(requestHash)) {
                throw Refusal.conflict("This idempotency key was already used for a different booking");
            }
            return new PlacedBooking(existing.booking(), accessTokens.tokenFor(existing.booking().id()), true);
        });
    }

    private AllCrewsBusy allCrewsBusy(NewBooking request, ZoneId zone, LocalDate today) {
        return new AllCrewsBusy(availability.nearestFreeStarts(request.eventDate(), request.eventTime(), zone,
                today.plusDays(settings.minDaysAhead()), null));
    }

    /** {@code CHEF-<year>-<sequence>}, at least four digits, from a database sequence: unique and never random. */
    private String confirmationNumber(LocalDate today) {
        return "CHEF-%d-%04d".formatted(today.getYear(), bookings.nextConfirmationSequence());
    }

    static QuoteRequest quoteRequest(NewBooking request, Travel travel, ZoneId zone) {
        ZonedDateTime start = request.eventDate().atTime(request.eventTime()).atZone(zone);
        return new QuoteRequest(request.packageId(), request.adults(), request.children(), request.addOns(), travel,
                start);
    }

    private Booking newBooking(UUID id, String confirmationNumber, UUID customerId, int crew, NewBooking request,
            ZoneId zone, Availability.Occupancy occupancy, Quote quote) {
        Instant now = clock.instant();
        Money zero = Money.zero(quote.total().currency());
        return new Booking(id, confirmationNumber, customerId, crew, settings.policy(),
                new Booking.Event(request.eventDate(), request.eventTime(), zone, occupancy.startsAt(),
                        occupancy.endsAt(), request.location().serviceState() == null ? ""
                                : request.location().serviceState().toUpperCase(java.util.Locale.ROOT),
                        request.city(), request.location().zipCode(), request.address(), request.addressLine2(),
                        request.venueType(), request.setupRequirements(), request.partyType()),
                new Booking.Party(request.adults(), request.children(), request.packageId(), request.addOns(),
                        request.dietaryRestrictions(), request.hasAllergies(), request.allergies(),
                        request.specialRequests()),
                new Booking.Contact(request.contactName(), request.contactEmail(), request.contactPhone(),
                        request.marketingConsent(), request.smsConsent()),
                new Booking.Pricing(quote, quote.priceBookVersion(), quote.travelFeeStatus(), quote.total(),
                        quote.depositDue(), quote.balanceDueAt(), zero, null),
                new Booking.Lifecycle(BookingStatus.PENDING_PAYMENT, BookingPaymentStatus.UNPAID, request.paymentOption(), null, null,
                        null, now, now));
    }
}
