package com.chefweb.crm.leads;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Someone a chef (or the storefront's own business) may cook for: a prospect or a client.
 *
 * @param userId their marketplace account, when they have one
 * @param source how the lead began: a fact ({@code favorite}, {@code waitlist}, {@code message}, {@code connection},
 *     {@code order}, {@code booking}, {@code chatbot}, {@code contact_form}) or the chef's word ({@code referral},
 *     {@code web}, {@code outbound}, {@code event}, {@code other})
 * @param stageSetByHand whether the chef last set the stage themselves
 * @param stageSetAt when the chef last set it, if ever
 */
public record Lead(long id, UUID chefUserId, @Nullable UUID userId, String firstName, String lastName,
        @Nullable String email, @Nullable String phone, @Nullable String company, String source, Stage stage,
        boolean stageSetByHand, @Nullable Instant stageSetAt, boolean priority, @Nullable Long budgetCents, String notes,
        @Nullable Integer birthdayMonth, @Nullable Integer birthdayDay, @Nullable LocalDate anniversary,
        List<String> dietaryPreferences, List<String> allergies, Instant lastActivityAt,
        @Nullable Instant nextActionAt, String nextActionNote, Instant createdAt, Instant updatedAt) {

    public Lead {
        dietaryPreferences = List.copyOf(dietaryPreferences);
        allergies = List.copyOf(allergies);
    }

    public String fullName() {
        return (firstName + " " + lastName).strip();
    }

    /** The source in the app's words: every fact is {@code web}; the chef's own words stay. */
    public String appSource() {
        return switch (source) {
            case "referral", "outbound", "event", "other", "web" -> source;
            default -> "web";
        };
    }
}
