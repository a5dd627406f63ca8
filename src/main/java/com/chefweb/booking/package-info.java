/**
 * Bookings: quotes, confirmation numbers, availability, meal events and orders; keeps its own copy of the price book from catalog events.
 */
@ApplicationModule(displayName = "Booking", allowedDependencies = { "shared", "catalog :: events", "chefs :: events", "crm :: events",
        "identity :: events" })
@NullMarked
package com.chefweb.booking;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
