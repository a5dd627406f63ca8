package com.chefweb.payment.domain;

import java.util.Locale;

/**
 * Where a payment stands. Stripe's events may arrive twice or out of order, so a status only ever moves forward:
 * a refunded payment never becomes paid again. A failed attempt may still succeed later (the customer retries).
 */
public enum PaymentStatus {
    REQUIRES_PAYMENT(0), FAILED(1), PROCESSING(2), SUCCEEDED(3), PARTIALLY_REFUNDED(4), REFUNDED(5), CANCELED(6);

    private final int rank;

    PaymentStatus(int rank) {
        this.rank = rank;
    }

    boolean mayMoveTo(PaymentStatus next) {
        if (this == CANCELED || this == REFUNDED) {
            return false;
        }
        return next.rank > rank || (this == PARTIALLY_REFUNDED && next == PARTIALLY_REFUNDED);
    }

    boolean counts() {
        return this == SUCCEEDED || this == PARTIALLY_REFUNDED || this == REFUNDED;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static PaymentStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** The status an admin's filter names, if it names one. */
    static java.util.Optional<PaymentStatus> known(String code) {
        return java.util.Arrays.stream(values()).filter(status -> status.code().equals(code)).findFirst();
    }

    static PaymentStatus fromStripe(String stripeStatus) {
        return switch (stripeStatus) {
            case "succeeded" -> SUCCEEDED;
            case "processing" -> PROCESSING;
            case "canceled" -> CANCELED;
            default -> REQUIRES_PAYMENT;
        };
    }
}
