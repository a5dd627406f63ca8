package com.chefweb.crm.people;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A marketplace chef as the CRM shows them to customers.
 *
 * @param listed verified and live: open to new customers
 */
public record ChefCard(long chefId, UUID userId, String username, @Nullable String displayName,
        @Nullable String profilePicUrl, boolean listed) {

    public String shownName() {
        return displayName == null || displayName.isBlank() ? username : displayName;
    }
}
