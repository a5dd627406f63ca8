package com.chefweb.booking.events;

import java.util.Locale;
import java.util.Optional;

/** How a customer chose to pay when booking: the deposit now, everything now, or later (from a payment link). */
public enum PaymentOption {
    DEPOSIT, FULL, LATER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PaymentOption> fromCode(String code) {
        for (PaymentOption option : values()) {
            if (option.code().equals(code)) {
                return Optional.of(option);
            }
        }
        return Optional.empty();
    }
}
