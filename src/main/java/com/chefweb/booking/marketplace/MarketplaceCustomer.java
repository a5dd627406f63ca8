package com.chefweb.booking.marketplace;

import java.util.UUID;

/** A marketplace customer as booking knows them, from identity's announcements: what a chef sees of who ordered. */
public record MarketplaceCustomer(UUID userId, long publicId, String username, String email) {
}
