package com.chefweb.booking.domain;

import static com.chefweb.booking.jooq.Tables.BOOKING;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.noCondition;
import static com.chefweb.booking.jooq.Sequences.CONFIRMATION_NUMBER_SEQ;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.SortField;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import org.jooq.impl.DSL;

import com.chefweb.booking.jooq.tables.records.BookingRecord;
import com.chefweb.shared.money.Money;
import com.chefweb.shared.pricing.Quote;
import com.chefweb.shared.pricing.QuoteRequest.AddOnChoice;

@Repository
class BookingRepository {

    private static final TypeReference<List<AddOnChoice>> ADD_ONS = new TypeReference<>() { };

    private final DSLContext db;
    private final JsonMapper json;

    BookingRepository(DSLContext db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    long nextConfirmationSequence() {
        return db.nextval(CONFIRMATION_NUMBER_SEQ);
    }

    /**
     * Inserts the booking unless a constraint says no: the crew is busy then (exclusion), or the idempotency key was
     * used (unique). False in either case; nothing is written.
     */
    boolean insertIfFree(Booking booking, String idempotencyKey, String requestHash, Instant occupiedFrom,
            Instant occupiedUntil) {
        BookingRecord row = db.newRecord(BOOKING);
        write(row, booking);
        row.setIdempotencyKey(idempotencyKey);
        row.setIdempotencyRequestHash(requestHash);
        row.setOccupiedFrom(occupiedFrom);
        row.setOccupiedUntil(occupiedUntil);
        return db.insertInto(BOOKING).set(row).onConflictDoNothing().execute() == 1;
    }

    Optional<Booking> findById(UUID id) {
        return db.selectFrom(BOOKING).where(BOOKING.ID.eq(id)).fetchOptional(this::toBooking);
    }

    Optional<Booking> lockById(UUID id) {
        return db.selectFrom(BOOKING).where(BOOKING.ID.eq(id)).forUpdate().fetchOptional(this::toBooking);
    }

    Optional<Booking> findByConfirmationNumber(String confirmationNumber) {
        return db.selectFrom(BOOKING).where(BOOKING.CONFIRMATION_NUMBER.eq(confirmationNumber))
                .fetchOptional(this::toBooking);
    }

    Optional<IdempotentBooking> findByIdempotencyKey(String key) {
        return db.selectFrom(BOOKING).where(BOOKING.IDEMPOTENCY_KEY.eq(key))
                .fetchOptional(row -> new IdempotentBooking(toBooking(row), row.getIdempotencyRequestHash()));
    }

    /** The crews busy at any moment of the range, cancelled bookings and the given one aside. */
    List<Integer> busyCrews(Instant from, Instant until, UUID except) {
        return db.selectDistinct(BOOKING.CREW).from(BOOKING)
                .where(active())
                .and(except == null ? noCondition() : BOOKING.ID.ne(except))
                .and(occupying(from, until))
                .fetch(BOOKING.CREW);
    }

    /**
     * Bookings not cancelled, spelled as a literal so that PostgreSQL can match the partial exclusion index
     * ({@code where status <> 'cancelled'}) even in a prepared statement's generic plan.
     */
    private static Condition active() {
        return BOOKING.STATUS.ne(inline(BookingStatus.CANCELLED, BOOKING.STATUS));
    }

    /**
     * Bookings whose crew time overlaps the range, in the exclusion constraint's own terms, so its GiST index finds
     * them: the cost of a booking does not grow with the bookings stored.
     */
    private static Condition occupying(Instant from, Instant until) {
        return DSL.condition("tstzrange({0}, {1}, '[)') && tstzrange({2}, {3}, '[)')", BOOKING.OCCUPIED_FROM,
                BOOKING.OCCUPIED_UNTIL, DSL.val(from, BOOKING.OCCUPIED_FROM), DSL.val(until, BOOKING.OCCUPIED_UNTIL));
    }

    /** The occupied ranges of active bookings overlapping a window, for finding free start times. */
    List<Occupied> occupiedBetween(Instant from, Instant until) {
        return db.select(BOOKING.ID, BOOKING.CREW, BOOKING.OCCUPIED_FROM, BOOKING.OCCUPIED_UNTIL).from(BOOKING)
                .where(active())
                .and(occupying(from, until))
                .fetch(row -> new Occupied(row.value1(), row.value2(), row.value3(), row.value4()));
    }

    /** Saves changed fields of the booking (status, event, party, pricing, cancellation) and its crew time. */
    void update(Booking booking, Instant occupiedFrom, Instant occupiedUntil) {
        BookingRecord row = db.newRecord(BOOKING);
        write(row, booking);
        row.setOccupiedFrom(occupiedFrom);
        row.setOccupiedUntil(occupiedUntil);
        row.changed(BOOKING.ID, false);
        row.changed(BOOKING.CREATED_AT, false);
        row.changed(BOOKING.CONFIRMATION_NUMBER, false);
        db.update(BOOKING).set(row).where(BOOKING.ID.eq(booking.id())).execute();
    }

    List<Booking> search(BookingSearch search) {
        return db.selectFrom(BOOKING)
                .where(conditions(search))
                .orderBy(order(search))
                .limit(search.limit())
                .offset(search.offset())
                .fetch(this::toBooking);
    }

    int count(BookingSearch search) {
        return db.fetchCount(BOOKING, conditions(search));
    }

    /**
     * Bookings made to be paid by card (deposit or full) that are still unpaid since before the given instant: the
     * customer left the checkout, or the card was declined and not retried.
     */
    List<UUID> unpaidCardCheckoutsSince(Instant before) {
        return db.select(BOOKING.ID).from(BOOKING)
                .where(BOOKING.STATUS.eq(BookingStatus.PENDING_PAYMENT))
                .and(BOOKING.PAYMENT_OPTION.in("deposit", "full"))
                .and(BOOKING.PAYMENT_STATUS.in(BookingPaymentStatus.UNPAID, BookingPaymentStatus.FAILED))
                .and(BOOKING.CREATED_AT.lt(before))
                .fetch(BOOKING.ID);
    }

    /** Confirmed bookings whose event ended before the given instant. */
    List<UUID> confirmedEndedBefore(Instant instant) {
        return db.select(BOOKING.ID).from(BOOKING)
                .where(BOOKING.STATUS.eq(BookingStatus.CONFIRMED))
                .and(BOOKING.ENDS_AT.lt(instant))
                .fetch(BOOKING.ID);
    }

    private static Condition conditions(BookingSearch search) {
        List<Condition> conditions = new ArrayList<>();
        if (search.status() != null) {
            // a status no booking can have matches none
            conditions.add(BookingStatus.known(search.status()).map(BOOKING.STATUS::eq).orElse(DSL.falseCondition()));
        }
        if (search.paymentStatus() != null) {
            conditions.add(BookingPaymentStatus.known(search.paymentStatus()).map(BOOKING.PAYMENT_STATUS::eq)
                    .orElse(DSL.falseCondition()));
        }
        if (search.eventFrom() != null) {
            conditions.add(BOOKING.EVENT_DATE.ge(search.eventFrom()));
        }
        if (search.eventTo() != null) {
            conditions.add(BOOKING.EVENT_DATE.le(search.eventTo()));
        }
        if (search.text() != null && !search.text().isBlank()) {
            String like = "%" + search.text().strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%";
            conditions.add(BOOKING.CONFIRMATION_NUMBER.lower().like(like)
                    .or(BOOKING.CONTACT_NAME.lower().like(like))
                    .or(BOOKING.CONTACT_EMAIL.like(like)));
        }
        return org.jooq.impl.DSL.and(conditions);
    }

    private static List<SortField<?>> order(BookingSearch search) {
        SortField<?> primary = switch (search.sort()) {
            case CREATED_NEWEST -> BOOKING.CREATED_AT.desc();
            case CREATED_OLDEST -> BOOKING.CREATED_AT.asc();
            case EVENT_SOONEST -> BOOKING.STARTS_AT.asc();
            case EVENT_LATEST -> BOOKING.STARTS_AT.desc();
        };
        return List.of(primary, BOOKING.ID.asc());
    }

    private void write(BookingRecord row, Booking booking) {
        Booking.Event event = booking.event();
        Booking.Party party = booking.party();
        Booking.Contact contact = booking.contact();
        Booking.Pricing pricing = booking.pricing();
        Booking.Lifecycle lifecycle = booking.lifecycle();
        row.setId(booking.id());
        row.setConfirmationNumber(booking.confirmationNumber());
        row.setCustomerId(booking.customerId());
        row.setCrew(booking.crew());
        row.setPolicy(JSONB.valueOf(json.writeValueAsString(booking.policy())));
        row.setPolicyVersion(booking.policy().version());
        row.setEventDate(event.date());
        row.setEventTime(event.time());
        row.setTimeZone(event.zone().getId());
        row.setStartsAt(event.startsAt());
        row.setEndsAt(event.endsAt());
        row.setServiceState(event.serviceState());
        row.setCity(event.city());
        row.setZipCode(event.zipCode());
        row.setAddress(event.address());
        row.setAddressLine2(event.addressLine2());
        row.setVenueType(event.venueType());
        row.setSetupRequirements(event.setupRequirements().toArray(String[]::new));
        row.setPartyType(event.partyType());
        row.setNumAdults(party.adults());
        row.setNumChildren(party.children());
        row.setPackageId(party.packageId());
        row.setAddOns(JSONB.valueOf(json.writeValueAsString(party.addOns())));
        row.setDietaryRestrictions(party.dietaryRestrictions());
        row.setHasAllergies(party.hasAllergies());
        row.setAllergies(party.allergies());
        row.setSpecialRequests(party.specialRequests());
        row.setContactName(contact.name());
        row.setContactEmail(contact.email());
        row.setContactPhone(contact.phone());
        row.setMarketingConsent(contact.marketingConsent());
        row.setSmsConsent(contact.smsConsent());
        row.setQuote(JSONB.valueOf(json.writeValueAsString(pricing.quote())));
        row.setPriceBookVersion(pricing.priceBookVersion());
        row.setTravelFeeStatus(pricing.travelFeeStatus());
        row.setCurrency(pricing.total().currency().getCurrencyCode());
        row.setTotalMinor(pricing.total().minorUnits());
        row.setDepositMinor(pricing.deposit().minorUnits());
        row.setBalanceDueAt(pricing.balanceDueAt());
        row.setPaidMinor(pricing.paid().minorUnits());
        row.setRefundDueMinor(pricing.refundDue() == null ? null : pricing.refundDue().minorUnits());
        row.setStatus(lifecycle.status());
        row.setPaymentStatus(lifecycle.paymentStatus());
        row.setPaymentOption(lifecycle.paymentOption());
        row.setCancelledAt(lifecycle.cancelledAt());
        row.setCancellationReason(lifecycle.cancellationReason());
        row.setRefundPercentage(lifecycle.refundPercentage());
        row.setCreatedAt(lifecycle.createdAt());
        row.setUpdatedAt(lifecycle.updatedAt());
    }

    private Booking toBooking(BookingRecord row) {
        String currency = row.getCurrency();
        return new Booking(row.getId(), row.getConfirmationNumber(), row.getCustomerId(), row.getCrew(),
                json.readValue(row.getPolicy().data(), BookingPolicy.class),
                new Booking.Event(row.getEventDate(), row.getEventTime(), ZoneId.of(row.getTimeZone()),
                        row.getStartsAt(), row.getEndsAt(), row.getServiceState(),
                        row.getCity(), row.getZipCode(), row.getAddress(), row.getAddressLine2(), row.getVenueType(),
                        List.of(row.getSetupRequirements()), row.getPartyType()),
                new Booking.Party(row.getNumAdults(), row.getNumChildren(), row.getPackageId(),
                        json.readValue(row.getAddOns().data(), ADD_ONS), row.getDietaryRestrictions(),
                        row.getHasAllergies(), row.getAllergies(), row.getSpecialRequests()),
                new Booking.Contact(row.getContactName(), row.getContactEmail(), row.getContactPhone(),
                        row.getMarketingConsent(), row.getSmsConsent()),
                new Booking.Pricing(json.readValue(row.getQuote().data(), Quote.class), row.getPriceBookVersion(),
                        row.getTravelFeeStatus(), Money.ofMinor(row.getTotalMinor(), currency),
                        Money.ofMinor(row.getDepositMinor(), currency), row.getBalanceDueAt(),
                        Money.ofMinor(row.getPaidMinor(), currency),
                        row.getRefundDueMinor() == null ? null : Money.ofMinor(row.getRefundDueMinor(), currency)),
                new Booking.Lifecycle(row.getStatus(), row.getPaymentStatus(),
                        row.getPaymentOption(), row.getCancelledAt(), row.getCancellationReason(),
                        row.getRefundPercentage(), row.getCreatedAt(), row.getUpdatedAt()));
    }



    record IdempotentBooking(Booking booking, String requestHash) {
    }

    record Occupied(UUID bookingId, int crew, Instant from, Instant until) {
    }
}
