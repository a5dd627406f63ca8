package com.chefweb.identity.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A marketplace account as it now is, announced when it is opened, when its email is confirmed and whenever it
 * switches role. Modules that show a customer to a chef (an order's customer) or remind a chef to confirm their
 * email keep their copy from this; a later one replaces an earlier one.
 *
 * @param publicId the integer id marketplace payloads carry
 * @param emailConfirmed the owner of the address followed the confirmation link
 * @param name the account's name as its owner gave it (added later, as were the household fields: null or empty in
 *     publications stored before)
 * @param householdMemberCount how many people the account cooks for
 */
public record MarketplaceProfileSaved(UUID userId, long publicId, String username, String email,
        boolean emailConfirmed, Instant savedAt, @Nullable String name, int householdMemberCount,
        List<String> allergies, List<String> dietaryPreferences) {

    public MarketplaceProfileSaved {
        allergies = allergies == null ? List.of() : List.copyOf(allergies);
        dietaryPreferences = dietaryPreferences == null ? List.of() : List.copyOf(dietaryPreferences);
        householdMemberCount = Math.max(1, householdMemberCount);
    }
}
