package com.chefweb.payment.domain;

import java.util.UUID;

/**
 * A payment went through after its booking was cancelled (a bank payment still processing at the time, say): the
 * booking owes nothing, so it is refunded in full. Internal to the payment module.
 */
public record LatePaymentReceived(UUID paymentId, String paymentIntentId, UUID bookingId) {
}
