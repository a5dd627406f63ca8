package com.chefweb.shared.pricing;

import org.jspecify.annotations.Nullable;

/**
 * Where an event is, as a customer gave it: a ZIP code, or a city and state. The storefront's {@code serviceState}
 * is {@code CA} (Bay Area), {@code EXT} (outside, up to 300 miles) or a state code.
 */
public record EventLocation(@Nullable String zipCode, @Nullable String city, @Nullable String serviceState) {
}
