package com.chefweb.identity.events;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A marketplace account saved its address. Modules that answer "is there a chef for me" keep where each customer
 * lives from this, and booking tells a chef where to cook a service ordered to the customer's home; a later save
 * replaces an earlier one (compare {@code savedAt}).
 *
 * @param postalCode as the customer wrote it, or null when the address has none
 * @param country a two-letter code, or null
 */
public record MarketplaceAddressSaved(UUID userId, long publicId, @Nullable String postalCode,
        @Nullable String country, Instant savedAt, @Nullable String street, @Nullable String city,
        @Nullable String state) {
}
