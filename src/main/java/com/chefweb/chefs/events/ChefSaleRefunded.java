package com.chefweb.chefs.events;

import java.time.Instant;
import java.util.UUID;

/** A sale's payment went back to the customer in full: it no longer counts as revenue. Implemented by payment's event. */
public interface ChefSaleRefunded {

    UUID orderId();

    Instant refundedAt();
}
