package com.chefweb.payment.domain;

import static com.chefweb.payment.jooq.Tables.BOOKING_DUE;
import static org.jooq.impl.DSL.currentInstant;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import com.chefweb.payment.jooq.tables.records.BookingDueRecord;
import com.chefweb.shared.money.Money;
import com.chefweb.booking.events.PaymentPurpose;

@Repository
class BookingDueRepository {

    private final DSLContext db;

    BookingDueRepository(DSLContext db) {
        this.db = db;
    }

    /** @return whether the copy is new (false for a redelivered event) */
    boolean insertIfAbsent(BookingDue due) {
        return db.insertInto(BOOKING_DUE)
                .set(BOOKING_DUE.BOOKING_ID, due.bookingId())
                .set(BOOKING_DUE.CONFIRMATION_NUMBER, due.confirmationNumber())
                .set(BOOKING_DUE.CHECKOUT_KEY, due.checkoutKey())
                .set(BOOKING_DUE.CONTACT_NAME, due.contactName())
                .set(BOOKING_DUE.CONTACT_EMAIL, due.contactEmail())
                .set(BOOKING_DUE.CURRENCY, due.total().currency().getCurrencyCode())
                .set(BOOKING_DUE.TOTAL_MINOR, due.total().minorUnits())
                .set(BOOKING_DUE.DEPOSIT_MINOR, due.deposit().minorUnits())
                .set(BOOKING_DUE.BALANCE_DUE_AT, due.balanceDueAt())
                .set(BOOKING_DUE.EVENT_START, due.eventStart())
                .set(BOOKING_DUE.PAYMENT_OPTION, due.paymentOption())
                .set(BOOKING_DUE.TIME_ZONE, due.timeZone())
                .onConflictDoNothing()
                .execute() == 1;
    }

    /**
     * Applies a change of the booking unless the copy already holds a newer one.
     *
     * @return whether payment knows the booking at all (false: its announcement is still on the way)
     */
    boolean updateAmounts(UUID bookingId, Money total, Money deposit, Instant eventStart, Instant balanceDueAt,
            Instant changedAt) {
        int updated = db.update(BOOKING_DUE)
                .set(BOOKING_DUE.BALANCE_DUE_AT, balanceDueAt)
                .set(BOOKING_DUE.TOTAL_MINOR, total.minorUnits())
                .set(BOOKING_DUE.DEPOSIT_MINOR, deposit.minorUnits())
                .set(BOOKING_DUE.EVENT_START, eventStart)
                .set(BOOKING_DUE.BOOKING_CHANGED_AT, changedAt)
                .set(BOOKING_DUE.UPDATED_AT, currentInstant())
                .where(BOOKING_DUE.BOOKING_ID.eq(bookingId))
                .and(BOOKING_DUE.BOOKING_CHANGED_AT.isNull().or(BOOKING_DUE.BOOKING_CHANGED_AT.lt(changedAt)))
                .execute();
        return updated == 1 || db.fetchExists(BOOKING_DUE, BOOKING_DUE.BOOKING_ID.eq(bookingId));
    }

    void recordCustomer(UUID bookingId, String stripeCustomerId) {
        db.update(BOOKING_DUE).set(BOOKING_DUE.STRIPE_CUSTOMER_ID, stripeCustomerId)
                .where(BOOKING_DUE.BOOKING_ID.eq(bookingId)).execute();
    }

    /**
     * Balances due by now where no balance payment was made or tried yet, with the card saved with the deposit when
     * there is one: what the balance job charges, or sends a payment link for.
     */
    java.util.List<BalanceDue> balancesDue(Instant now) {
        var p = com.chefweb.payment.jooq.Tables.PAYMENT;
        var card = org.jooq.impl.DSL.select(p.STRIPE_PAYMENT_METHOD_ID).from(p)
                .where(p.BOOKING_ID.eq(BOOKING_DUE.BOOKING_ID)).and(p.STRIPE_PAYMENT_METHOD_ID.isNotNull())
                .and(p.STATUS.in(PaymentStatus.SUCCEEDED, PaymentStatus.PARTIALLY_REFUNDED))
                .orderBy(p.CREATED_AT.desc()).limit(1).asField("card");
        var paid = org.jooq.impl.DSL.select(org.jooq.impl.DSL.coalesce(org.jooq.impl.DSL.sum(p.AMOUNT_MINOR.minus(p.REFUNDED_MINOR)),
                        java.math.BigDecimal.ZERO)).from(p)
                .where(p.BOOKING_ID.eq(BOOKING_DUE.BOOKING_ID)).and(p.STATUS.in(PaymentStatus.SUCCEEDED, PaymentStatus.PARTIALLY_REFUNDED, PaymentStatus.REFUNDED))
                .asField("paid");
        return db.select(BOOKING_DUE.asterisk(), card, paid).from(BOOKING_DUE)
                .where(BOOKING_DUE.CANCELLED.isFalse())
                .and(BOOKING_DUE.BALANCE_DUE_AT.le(now))
                // a balance paid, being paid, or tried automatically and declined; an intent the customer
                // opened and left is not a reason to leave the balance unpaid
                .andNotExists(org.jooq.impl.DSL.selectOne().from(p).where(p.BOOKING_ID.eq(BOOKING_DUE.BOOKING_ID))
                        .and(p.PURPOSE.eq(PaymentPurpose.BALANCE.code()))
                        .and(p.STATUS.notIn(PaymentStatus.CANCELED, PaymentStatus.REQUIRES_PAYMENT)))
                .fetch(row -> new BalanceDue(toDue(row.into(BOOKING_DUE)), (String) row.get("card"),
                        Money.ofMinor(((Number) row.get("paid")).longValue(), row.get(BOOKING_DUE.CURRENCY)),
                        row.get(BOOKING_DUE.BALANCE_REMINDER_SENT_AT) != null));
    }

    /**
     * A booking whose balance is due, the card saved with its deposit (null when none), what it has paid, and
     * whether its customer was already sent a link for it.
     */
    record BalanceDue(BookingDue booking, @Nullable String paymentMethodId, Money paid, boolean reminded) {
    }

    /** Marks the balance reminder sent; false when another run sent it first. */
    boolean markReminded(UUID bookingId, Instant now) {
        return db.update(BOOKING_DUE).set(BOOKING_DUE.BALANCE_REMINDER_SENT_AT, now)
                .where(BOOKING_DUE.BOOKING_ID.eq(bookingId)).and(BOOKING_DUE.BALANCE_REMINDER_SENT_AT.isNull())
                .execute() == 1;
    }

    boolean markCancelled(UUID bookingId) {
        return db.update(BOOKING_DUE).set(BOOKING_DUE.CANCELLED, true).set(BOOKING_DUE.UPDATED_AT, currentInstant())
                .where(BOOKING_DUE.BOOKING_ID.eq(bookingId)).execute() == 1;
    }

    /**
     * The booking's copy, locked until the transaction ends: payments of one booking applied at the same time then
     * see each other, so two payments that together exceed the total cannot both look owed.
     */
    Optional<BookingDue> lock(UUID bookingId) {
        return db.selectFrom(BOOKING_DUE).where(BOOKING_DUE.BOOKING_ID.eq(bookingId)).forUpdate()
                .fetchOptional(BookingDueRepository::toDue);
    }

    Optional<BookingDue> find(UUID bookingId) {
        return db.selectFrom(BOOKING_DUE).where(BOOKING_DUE.BOOKING_ID.eq(bookingId))
                .fetchOptional(BookingDueRepository::toDue);
    }


    private static BookingDue toDue(BookingDueRecord row) {
        String currency = row.getCurrency();
        return new BookingDue(row.getBookingId(), row.getConfirmationNumber(), row.getCheckoutKey(),
                row.getContactName(), row.getContactEmail(), Money.ofMinor(row.getTotalMinor(), currency),
                Money.ofMinor(row.getDepositMinor(), currency),
                row.getBalanceDueAt(),
                row.getEventStart(), row.getPaymentOption(), row.getCancelled(), row.getStripeCustomerId(),
                row.getTimeZone());
    }

}
