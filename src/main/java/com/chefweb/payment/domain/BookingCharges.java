package com.chefweb.payment.domain;

import com.chefweb.shared.money.Money;

/** What every charge for a booking shares, whichever way it is paid (card form, payment link, saved card). */
final class BookingCharges {

    /** Stripe's smallest charge in US dollars: less than this is "nothing due". */
    private static final long MINIMUM_CENTS = 50;

    private BookingCharges() {
    }

    static boolean worthCharging(Money amount) {
        return amount.minorUnits() >= MINIMUM_CENTS;
    }

    /** What the customer and Stripe's dashboard read: "Deposit for booking CHEF-2026-0001". */
    static String description(String purpose, String confirmationNumber) {
        return Character.toUpperCase(purpose.charAt(0)) + purpose.substring(1) + " for booking " + confirmationNumber;
    }
}
