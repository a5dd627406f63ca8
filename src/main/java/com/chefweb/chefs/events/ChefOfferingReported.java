package com.chefweb.chefs.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A chef's service offering as it now is, for the chef's dashboard (its {@code NO_OFFERINGS} alert and top services).
 * Implemented by the catalog's event, so chefs hears it without depending on the catalog.
 */
public interface ChefOfferingReported {

    long offeringId();

    UUID chefUserId();

    String title();

    /** Customers can order it: active with at least one tier they can book. */
    boolean orderable();

    /** Raised by every change: a consumer keeps the newest. */
    long version();

    Instant changedAt();
}
