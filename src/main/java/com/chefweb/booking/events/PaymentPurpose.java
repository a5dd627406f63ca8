package com.chefweb.booking.events;

import java.util.Locale;
import java.util.Optional;

/** What a payment for a booking pays: the deposit, the whole total at once, or the balance left after a deposit. */
public enum PaymentPurpose {
    DEPOSIT, FULL, BALANCE;

    /** The lower-case word clients, Stripe's metadata and the database use. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PaymentPurpose> fromCode(String code) {
        for (PaymentPurpose purpose : values()) {
            if (purpose.code().equals(code)) {
                return Optional.of(purpose);
            }
        }
        return Optional.empty();
    }
}
