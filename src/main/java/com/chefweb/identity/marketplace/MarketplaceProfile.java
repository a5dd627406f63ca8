package com.chefweb.identity.marketplace;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the marketplace knows of an account beside its sign-in.
 *
 * @param publicId the integer id marketplace payloads carry (access tokens carry the account's own id)
 * @param chef whether an admin approved the person as a chef, so they may switch to that role
 * @param emailConfirmed whether the owner of the address followed the confirmation link
 * @param measurementSystem {@code US} or {@code METRIC}
 */
public record MarketplaceProfile(UUID userId, long publicId, String username, boolean chef, boolean emailConfirmed,
        String timezone,
        String preferredLanguage, String measurementSystem, int householdMemberCount, List<String> allergies,
        List<String> dietaryPreferences, @Nullable Address address) {

    public MarketplaceProfile {
        allergies = List.copyOf(allergies);
        dietaryPreferences = List.copyOf(dietaryPreferences);
    }

    /** @param country a two-letter code, such as {@code US} */
    public record Address(@Nullable String street, @Nullable String city, @Nullable String state,
            @Nullable String postalCode, @Nullable String country) {
    }
}
