package com.chefweb.chefs.events;

import java.time.Instant;
import java.util.UUID;

import com.chefweb.shared.money.Money;

/**
 * A customer's payment for something a chef sold arrived: the chef's revenue and clients on the dashboard come from
 * these only. Implemented by payment's event.
 */
public interface ChefSalePaid {

    UUID orderId();

    /** The chef's account (user id). */
    UUID chefId();

    UUID customerUserId();

    Money amount();

    /** What the platform kept of it. */
    Money platformFee();

    Instant paidAt();
}
