package com.chefweb.booking.events;

import java.util.UUID;

import com.chefweb.shared.money.Money;

/**
 * A booking was cancelled. Payment refunds {@code refundDue} of what was paid (zero when nothing is due).
 *
 * @param refundPercent the share of what was paid that the policy refunds
 */
public record BookingCancelled(UUID bookingId, String confirmationNumber, String reason, Money refundDue,
        int refundPercent, String contactEmail) {
}
