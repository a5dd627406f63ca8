package com.chefweb.notify.messages;

import static com.chefweb.notify.jooq.Tables.BOOKING;
import static com.chefweb.notify.jooq.Tables.BOOKING_PAYMENT;
import static org.jooq.impl.DSL.currentInstant;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import com.chefweb.notify.jooq.tables.records.BookingRecord;
import com.chefweb.shared.money.Money;

@Repository
class BookingFactsRepository {

    private final DSLContext db;

    BookingFactsRepository(DSLContext db) {
        this.db = db;
    }

    void insertIfAbsent(BookingFacts facts) {
        db.insertInto(BOOKING)
                .set(BOOKING.BOOKING_ID, facts.bookingId())
                .set(BOOKING.CONFIRMATION_NUMBER, facts.confirmationNumber())
                .set(BOOKING.CONTACT_NAME, facts.contactName())
                .set(BOOKING.CONTACT_EMAIL, facts.contactEmail())
                .set(BOOKING.EVENT_START, facts.eventStart())
                .set(BOOKING.TIME_ZONE, facts.timeZone())
                .set(BOOKING.GUESTS, facts.guests())
                .set(BOOKING.PACKAGE_ID, facts.packageId())
                .set(BOOKING.CURRENCY, facts.total().currency().getCurrencyCode())
                .set(BOOKING.TOTAL_MINOR, facts.total().minorUnits())
                .set(BOOKING.DEPOSIT_MINOR, facts.deposit().minorUnits())
                .set(BOOKING.BALANCE_DUE_AT, facts.balanceDueAt())
                .set(BOOKING.ALLERGIES, facts.allergies())
                .set(BOOKING.SMS_PHONE, facts.smsPhone())
                .set(BOOKING.PAYMENT_OPTION, facts.paymentOption())
                .onConflictDoNothing()
                .execute();
    }

    /**
     * Applies a change of the booking unless the copy already holds a newer one.
     *
     * @return whether notifications know the booking at all (false: its announcement is still on the way)
     */
    boolean updateParty(UUID bookingId, Instant eventStart, String timeZone, int guests, Money total, Money deposit,
            @Nullable Instant balanceDueAt, Instant changedAt) {
        int updated = db.update(BOOKING)
                .set(BOOKING.EVENT_START, eventStart)
                .set(BOOKING.TIME_ZONE, timeZone)
                .set(BOOKING.GUESTS, guests)
                .set(BOOKING.TOTAL_MINOR, total.minorUnits())
                .set(BOOKING.DEPOSIT_MINOR, deposit.minorUnits())
                .set(BOOKING.BALANCE_DUE_AT, balanceDueAt)
                .set(BOOKING.BOOKING_CHANGED_AT, changedAt)
                .set(BOOKING.UPDATED_AT, currentInstant())
                .where(BOOKING.BOOKING_ID.eq(bookingId))
                .and(BOOKING.BOOKING_CHANGED_AT.isNull().or(BOOKING.BOOKING_CHANGED_AT.lt(changedAt)))
                .execute();
        return updated == 1 || db.fetchExists(BOOKING, BOOKING.BOOKING_ID.eq(bookingId));
    }

    boolean markCancelled(UUID bookingId) {
        return db.update(BOOKING).set(BOOKING.CANCELLED, true).set(BOOKING.UPDATED_AT, currentInstant())
                .where(BOOKING.BOOKING_ID.eq(bookingId)).execute() == 1;
    }

    /** Notes a payment toward the booking; false when it was noted before (its event came again). */
    boolean recordPayment(UUID paymentId, UUID bookingId, Money amount, Instant paidAt) {
        return db.insertInto(BOOKING_PAYMENT)
                .set(BOOKING_PAYMENT.PAYMENT_ID, paymentId)
                .set(BOOKING_PAYMENT.BOOKING_ID, bookingId)
                .set(BOOKING_PAYMENT.AMOUNT_MINOR, amount.minorUnits())
                .set(BOOKING_PAYMENT.PAID_AT, paidAt)
                .onConflictDoNothing()
                .execute() == 1;
    }

    /** What has been paid toward the booking, in its currency's minor units. */
    long paidMinor(UUID bookingId) {
        return db.select(DSL.coalesce(DSL.sum(BOOKING_PAYMENT.AMOUNT_MINOR), BigDecimal.ZERO))
                .from(BOOKING_PAYMENT).where(BOOKING_PAYMENT.BOOKING_ID.eq(bookingId))
                .fetchSingle().value1().longValue();
    }

    /** Parties still on whose start falls in [from, to). */
    List<BookingFacts> startingBetween(Instant from, Instant to) {
        return db.selectFrom(BOOKING)
                .where(BOOKING.CANCELLED.isFalse().and(BOOKING.EVENT_START.ge(from)).and(BOOKING.EVENT_START.lt(to)))
                .orderBy(BOOKING.EVENT_START)
                .fetch(BookingFactsRepository::toFacts);
    }

    /** Parties still on whose balance falls due in [from, to). */
    List<BookingFacts> balanceDueBetween(Instant from, Instant to) {
        return db.selectFrom(BOOKING)
                .where(BOOKING.CANCELLED.isFalse().and(BOOKING.BALANCE_DUE_AT.ge(from))
                        .and(BOOKING.BALANCE_DUE_AT.lt(to)))
                .orderBy(BOOKING.BALANCE_DUE_AT)
                .fetch(BookingFactsRepository::toFacts);
    }

    Optional<BookingFacts> find(UUID bookingId) {
        return db.selectFrom(BOOKING).where(BOOKING.BOOKING_ID.eq(bookingId))
                .fetchOptional(BookingFactsRepository::toFacts);
    }

    private static BookingFacts toFacts(BookingRecord row) {
        String currency = row.getCurrency();
        return new BookingFacts(row.getBookingId(), row.getConfirmationNumber(), row.getContactName(),
                row.getContactEmail(), row.getEventStart(), row.getTimeZone(), row.getGuests(),
                row.getPackageId(), Money.ofMinor(row.getTotalMinor(), currency),
                Money.ofMinor(row.getDepositMinor(), currency),
                row.getBalanceDueAt(), row.getAllergies(),
                row.getCancelled(), row.getSmsPhone(), row.getPaymentOption());
    }

}
