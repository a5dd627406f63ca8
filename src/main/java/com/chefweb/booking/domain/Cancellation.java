package com.chefweb.booking.domain;

import com.chefweb.shared.money.Money;

/**
 * A cancelled booking and the refund its policy grants on what was actually paid.
 *
 * @param note what the customer is told about the refund
 */
public record Cancellation(Booking booking, boolean refundEligible, int refundPercent, Money refundAmount,
        String note) {
}
