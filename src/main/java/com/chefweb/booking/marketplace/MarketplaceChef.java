package com.chefweb.booking.marketplace;

import java.time.ZoneId;
import java.util.Currency;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A marketplace chef as booking knows them, from the chefs module's announcements.
 *
 * @param chefId the integer id marketplace payloads carry
 * @param live the chef went live, which needs a Stripe account able to take payments
 * @param listed verified and live: customers may order
 * @param onBreak the chef is taking a break: no new meal events, the upcoming ones cancelled
 */
public record MarketplaceChef(UUID userId, long chefId, String username, @Nullable String displayName,
        ZoneId timeZone, Currency defaultCurrency, boolean live, boolean listed, boolean onBreak) {

    /** What a customer calls the chef. */
    public String name() {
        return displayName == null || displayName.isBlank() ? username : displayName;
    }
}
