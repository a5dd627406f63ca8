package com.chefweb.payment.domain;

import static com.chefweb.payment.jooq.Tables.BOOKING_DUE;
import static org.jooq.impl.DSL.currentOffsetDateTime;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import com.chefweb.payment.jooq.tables.records.BookingDueRecord;
import com.chefweb.shared.money.Money;

@Repository
class BookingDueRepository {

    private final DSLContext db;

    BookingDueRepository(DSLContext db) {
        this.db = db;
    }

    void insertIfAbsent(BookingDue due) {
        db.insertInto(BOOKING_DUE)
                .set(BOOKING_DUE.BOOKING_ID, due.bookingId())
                .set(BOOKING_DUE.CONFIRMATION_NUMBER, due.confirmationNumber())
                .set(BOOKING_DUE.CHECKOUT_KEY, due.checkoutKey())
                .set(BOOKING_DUE.CONTACT_NAME, due.contactName())
                .set(BOOKING_DUE.CONTACT_EMAIL, due.contactEmail())
                .set(BOOKING_DUE.CURRENCY, due.total().currency().getCurrencyCode())
                .set(BOOKING_DUE.TOTAL_MINOR, due.total().minorUnits())
                .set(BOOKING_DUE.DEPOSIT_MINOR, due.deposit().minorUnits())
                .set(BOOKING_DUE.BALANCE_DUE_AT, utc(due.balanceDueAt()))
                .set(BOOKING_DUE.EVENT_START, utc(due.eventStart()))
                .set(BOOKING_DUE.PAYMENT_OPTION, due.paymentOption())
                .onConflictDoNothing()
                .execute();
    }

    void updateAmounts(UUID bookingId, Money total, Money deposit, Instant eventStart) {
        db.update(BOOKING_DUE)
                .set(BOOKING_DUE.TOTAL_MINOR, total.minorUnits())
                .set(BOOKING_DUE.DEPOSIT_MINOR, deposit.minorUnits())
                .set(BOOKING_DUE.EVENT_START, utc(eventStart))
                .set(BOOKING_DUE.UPDATED_AT, currentOffsetDateTime())
                .where(BOOKING_DUE.BOOKING_ID.eq(bookingId))
                .execute();
    }

    void markCancelled(UUID bookingId) {
        db.update(BOOKING_DUE).set(BOOKING_DUE.CANCELLED, true).set(BOOKING_DUE.UPDATED_AT, currentOffsetDateTime())
                .where(BOOKING_DUE.BOOKING_ID.eq(bookingId)).execute();
    }

    Optional<BookingDue> find(UUID bookingId) {
        return db.selectFrom(BOOKING_DUE).where(BOOKING_DUE.BOOKING_ID.eq(bookingId))
                .fetchOptional(BookingDueRepository::toDue);
    }

    Optional<BookingDue> findByCheckoutKey(String checkoutKey) {
        return db.selectFrom(BOOKING_DUE).where(BOOKING_DUE.CHECKOUT_KEY.eq(checkoutKey))
                .fetchOptional(BookingDueRepository::toDue);
    }

    private static BookingDue toDue(BookingDueRecord row) {
        String currency = row.getCurrency();
        return new BookingDue(row.getBookingId(), row.getConfirmationNumber(), row.getCheckoutKey(),
                row.getContactName(), row.getContactEmail(), Money.ofMinor(row.getTotalMinor(), currency),
                Money.ofMinor(row.getDepositMinor(), currency),
                row.getBalanceDueAt() == null ? null : row.getBalanceDueAt().toInstant(),
                row.getEventStart().toInstant(), row.getPaymentOption(), row.getCancelled());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
