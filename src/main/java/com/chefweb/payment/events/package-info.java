/**
 * Events the payment module publishes about itself. Payment outcomes for bookings are in
 * {@code com.chefweb.shared.payment}: booking hears them, and booking's events are heard here, so they cannot live
 * on both sides without a module cycle.
 */
@NamedInterface("events")
@NullMarked
package com.chefweb.payment.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
