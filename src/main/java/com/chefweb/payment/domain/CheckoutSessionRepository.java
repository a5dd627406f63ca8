package com.chefweb.payment.domain;

import static com.chefweb.payment.jooq.Tables.CHECKOUT_SESSION;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import com.chefweb.shared.money.Money;

@Repository
class CheckoutSessionRepository {

    private final DSLContext db;

    CheckoutSessionRepository(DSLContext db) {
        this.db = db;
    }

    void insertIfAbsent(String sessionId, UUID bookingId, String purpose, Money amount, String url, Instant expiresAt) {
        db.insertInto(CHECKOUT_SESSION)
                .set(CHECKOUT_SESSION.ID, sessionId)
                .set(CHECKOUT_SESSION.BOOKING_ID, bookingId)
                .set(CHECKOUT_SESSION.PURPOSE, purpose)
                .set(CHECKOUT_SESSION.AMOUNT_MINOR, amount.minorUnits())
                .set(CHECKOUT_SESSION.CURRENCY, amount.currency().getCurrencyCode())
                .set(CHECKOUT_SESSION.URL, url)
                .set(CHECKOUT_SESSION.EXPIRES_AT, expiresAt)
                .onConflictDoNothing()
                .execute();
    }

    /** An open session for exactly this payment that stays open past {@code openUntil}: reused, not remade. */
    Optional<String> reusableUrl(UUID bookingId, String purpose, Money amount, Instant openUntil) {
        return db.select(CHECKOUT_SESSION.URL).from(CHECKOUT_SESSION)
                .where(CHECKOUT_SESSION.BOOKING_ID.eq(bookingId))
                .and(CHECKOUT_SESSION.CLOSED.isFalse())
                .and(CHECKOUT_SESSION.PURPOSE.eq(purpose))
                .and(CHECKOUT_SESSION.AMOUNT_MINOR.eq(amount.minorUnits()))
                .and(CHECKOUT_SESSION.CURRENCY.eq(amount.currency().getCurrencyCode()))
                .and(CHECKOUT_SESSION.EXPIRES_AT.gt(openUntil))
                .orderBy(CHECKOUT_SESSION.EXPIRES_AT.desc())
                .limit(1)
                .fetchOptional(CHECKOUT_SESSION.URL);
    }

    /** The booking's sessions still open, except {@code keep}. */
    List<String> openFor(UUID bookingId, @Nullable String keep) {
        return db.select(CHECKOUT_SESSION.ID).from(CHECKOUT_SESSION)
                .where(CHECKOUT_SESSION.BOOKING_ID.eq(bookingId))
                .and(CHECKOUT_SESSION.CLOSED.isFalse())
                .and(keep == null ? DSL.noCondition() : CHECKOUT_SESSION.ID.ne(keep))
                .fetch(CHECKOUT_SESSION.ID);
    }

    /** How many sessions the booking has had: part of the next one's idempotency key, so a closed one is not replayed. */
    int countFor(UUID bookingId) {
        return db.fetchCount(CHECKOUT_SESSION, CHECKOUT_SESSION.BOOKING_ID.eq(bookingId));
    }

    void close(String sessionId) {
        db.update(CHECKOUT_SESSION).set(CHECKOUT_SESSION.CLOSED, true).where(CHECKOUT_SESSION.ID.eq(sessionId)).execute();
    }
}
