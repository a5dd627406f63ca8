package com.chefweb.chefs.profile;

import java.util.Set;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.chefweb.chefs.events.ChefPaymentAccountReported;
import com.chefweb.identity.events.ChefModeEntered;
import com.chefweb.identity.events.ChefRoleWithdrawn;
import com.chefweb.identity.events.MarketplaceAddressSaved;
import com.chefweb.media.events.UploadVerified;

/**
 * The facts other modules publish that a chef's profile follows: an account entering its chef role opens the
 * profile; a picture media checked may be attached; the payout account's state decides whether the chef may be live.
 * Each is applied in this module's own transaction, and hearing one twice changes nothing.
 */
@Component
class WhatOtherModulesSaid {

    private static final Set<String> CHEF_PURPOSES = Set.of("chef_profile_photo", "chef_banner", "chef_gallery_photo");

    private final ChefProfiles profiles;
    private final Directory directory;

    WhatOtherModulesSaid(ChefProfiles profiles, Directory directory) {
        this.profiles = profiles;
        this.directory = directory;
    }

    @ApplicationModuleListener
    void addressSaved(MarketplaceAddressSaved saved) {
        directory.customerAddressSaved(saved.userId(), saved.postalCode(), saved.country(), saved.savedAt());
    }

    @ApplicationModuleListener
    void chefModeEntered(ChefModeEntered entered) {
        profiles.open(entered.publicId(), entered.userId(), entered.username());
    }

    /** A chef who lost the role or whose account was disabled leaves the directory at once. */
    @ApplicationModuleListener
    void chefRoleWithdrawn(ChefRoleWithdrawn withdrawn) {
        profiles.takeOffline(withdrawn.userId(), withdrawn.reason());
    }

    @ApplicationModuleListener
    void uploadVerified(UploadVerified verified) {
        if (CHEF_PURPOSES.contains(verified.purpose())) {
            profiles.uploadVerified(verified.uploadId(), verified.purpose(), verified.ownerId(), verified.key(),
                    verified.url(), verified.contentType(), verified.verifiedAt());
        }
    }

    @ApplicationModuleListener
    void paymentAccountReported(ChefPaymentAccountReported reported) {
        profiles.paymentAccountReported(reported.chefId(), reported.active(), reported.disabledReason(),
                reported.currentlyDue(), reported.reportedAt());
    }
}
