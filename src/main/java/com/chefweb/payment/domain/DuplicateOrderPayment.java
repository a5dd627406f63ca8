package com.chefweb.payment.domain;

import java.util.UUID;

/**
 * A marketplace order was paid a second time (two checkout pages, both paid): the second payment goes back in
 * full, with the transfer to the chef and the platform fee reversed. Internal to the payment module.
 */
public record DuplicateOrderPayment(UUID orderId, String paymentIntentId) {
}
