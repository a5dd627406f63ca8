/**
 * Events the payment module publishes. Those about a booking's payments implement the small interfaces the booking
 * module owns in its own events package, so booking hears them without depending on payment (payment depends on
 * booking, to know what each booking owes).
 */
@NamedInterface("events")
@NullMarked
package com.chefweb.payment.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
