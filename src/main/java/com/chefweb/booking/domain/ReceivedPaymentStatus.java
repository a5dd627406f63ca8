package com.chefweb.booking.domain;

import java.util.Locale;

/** A payment for a booking as booking heard of it from payment. */
public enum ReceivedPaymentStatus {
    SUCCEEDED, FAILED, PARTIALLY_REFUNDED, REFUNDED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
