package com.chefweb.chefs.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A chef's profile as it now is, published whenever it changes (opened, edited, verified, on break, live, areas).
 * Consumers keep their own copy and apply a version only if its {@code changedAt} is newer than theirs.
 *
 * @param chefId the chef's integer id, which is also the account's marketplace id
 * @param userId the chef's account
 * @param timeZone the zone the chef's dates and times are in, such as America/Los_Angeles
 * @param listed verified and live: shown in the public directory and able to take orders
 * @param servingPostalCodes as {@code US:94103}
 */
public record ChefProfileChanged(long chefId, UUID userId, String username, @Nullable String displayName,
        String timeZone, String defaultCurrency, boolean verified, boolean live, boolean onBreak, boolean listed,
        @Nullable String profilePicUrl, boolean hasBio, int photoCount, List<String> servingPostalCodes,
        Instant changedAt) {

    public ChefProfileChanged {
        servingPostalCodes = List.copyOf(servingPostalCodes);
    }
}
