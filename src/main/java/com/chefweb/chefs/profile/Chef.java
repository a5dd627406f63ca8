package com.chefweb.chefs.profile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A marketplace chef's profile.
 *
 * @param id the chef's integer id, which is also the account's marketplace id
 * @param verified staff checked the chef; only verified, live chefs are listed
 * @param live the chef opened their profile to customers (it needs an active payout account)
 */
public record Chef(long id, UUID userId, String username, @Nullable String displayName, String bio, String experience,
        @Nullable String city, @Nullable String country, String timeZone, @Nullable String calendlyUrl,
        String defaultCurrency, @Nullable UUID profilePicUpload, @Nullable String profilePicUrl,
        @Nullable UUID bannerUpload, @Nullable String bannerUrl, boolean verified, boolean backgroundChecked,
        boolean insured, @Nullable LocalDate insuranceExpiry, boolean foodHandlersCert, boolean onBreak,
        @Nullable String breakReason, boolean live, Instant createdAt, Instant updatedAt) {

    /** Shown in the public directory and bookable. */
    public boolean listed() {
        return verified && live;
    }

    /** What the app shows for insurance: none, valid, or expired on the given day. */
    public String insuranceStatus(LocalDate today) {
        if (!insured) {
            return "none";
        }
        return insuranceExpiry != null && insuranceExpiry.isBefore(today) ? "expired" : "valid";
    }
}
