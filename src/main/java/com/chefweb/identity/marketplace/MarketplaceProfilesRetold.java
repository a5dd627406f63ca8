package com.chefweb.identity.marketplace;

import java.util.List;
import java.util.UUID;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.chefweb.shared.scheduling.OneOffJobs;

/**
 * Announces every marketplace member's profile once more, once per database: modules that began keeping a copy of
 * members after some had signed up (notifications, for the receipts and alerts they write) learn of them too. Each
 * page is told in its own transaction; the listeners keep the latest copy, so telling a member twice changes nothing.
 */
@Component
class MarketplaceProfilesRetold {

    private static final int PAGE = 200;

    private final ProfileRepository profiles;
    private final MarketplaceAccounts accounts;
    private final OneOffJobs oneOff;
    private final TransactionTemplate transactions;

    MarketplaceProfilesRetold(ProfileRepository profiles, MarketplaceAccounts accounts, OneOffJobs oneOff,
            TransactionTemplate transactions) {
        this.profiles = profiles;
        this.accounts = accounts;
        this.oneOff = oneOff;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void retell() {
        oneOff.runOnce("identity: marketplace profiles retold for notifications", () -> {
            UUID after = null;
            List<UUID> page;
            do {
                UUID from = after;
                page = transactions.execute(status -> {
                    List<UUID> ids = profiles.userIdsAfter(from, PAGE);
                    ids.forEach(accounts::retell);
                    return ids;
                });
                after = page.isEmpty() ? after : page.getLast();
            } while (page.size() == PAGE);
        });
    }
}
