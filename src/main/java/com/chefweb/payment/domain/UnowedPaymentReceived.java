package com.chefweb.payment.domain;

import java.util.UUID;

/**
 * A payment brought money the booking does not owe: it went through after the booking was cancelled (a bank payment
 * still processing at the time), or on top of a booking already paid (two payment pages paid at once). What is not
 * owed goes back. Internal to the payment module.
 *
 * @param unowedMinor how much of the payment goes back
 * @param reason why, as the refund records it
 */
public record UnowedPaymentReceived(UUID paymentId, String paymentIntentId, UUID bookingId, long unowedMinor,
        String reason) {
}
