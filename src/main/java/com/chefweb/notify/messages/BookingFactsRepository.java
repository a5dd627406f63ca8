package com.chefweb.notify.messages;

import static com.chefweb.notify.jooq.Tables.BOOKING;
import static org.jooq.impl.DSL.currentInstant;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
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
                row.getCancelled());
    }

}
