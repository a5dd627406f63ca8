package com.chefweb.booking.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a booking has paid, as booking works it out from payment's events. */
public enum BookingPaymentStatus {
    UNPAID, DEPOSIT_PAID, PAID, PENDING_REFUND, PARTIALLY_REFUNDED, REFUNDED, FAILED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status a client's filter names, if it names one. */
    public static Optional<BookingPaymentStatus> known(String code) {
        return Arrays.stream(values()).filter(status -> status.code().equals(code)).findFirst();
    }
}
