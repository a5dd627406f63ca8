package com.chefweb.payment.domain;

import java.util.UUID;

/** Within payment only: the money of an order its owner had cancelled arrived and must go back. */
public record CancelledOrderPaid(UUID orderId) {
}
