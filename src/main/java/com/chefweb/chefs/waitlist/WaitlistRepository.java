package com.chefweb.chefs.waitlist;

import static com.chefweb.chefs.jooq.Tables.CHEF;
import static com.chefweb.chefs.jooq.Tables.WAITLIST_CONFIG;
import static com.chefweb.chefs.jooq.Tables.WAITLIST_SUBSCRIPTION;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class WaitlistRepository {

    private final DSLContext db;

    WaitlistRepository(DSLContext db) {
        this.db = db;
    }

    /** The chef's settings; a chef who never changed them has the defaults (open, a day between announcements). */
    WaitlistSettings settings(long chefId) {
        return db.selectFrom(WAITLIST_CONFIG).where(WAITLIST_CONFIG.CHEF_ID.eq(chefId))
                .fetchOptional(row -> new WaitlistSettings(row.getEnabled(), row.getCooldownHours()))
                .orElse(WaitlistSettings.DEFAULT);
    }

    void saveSettings(long chefId, WaitlistSettings settings, Instant at) {
        db.insertInto(WAITLIST_CONFIG)
                .set(WAITLIST_CONFIG.CHEF_ID, chefId)
                .set(WAITLIST_CONFIG.ENABLED, settings.enabled())
                .set(WAITLIST_CONFIG.COOLDOWN_HOURS, settings.cooldownHours())
                .set(WAITLIST_CONFIG.UPDATED_AT, at)
                .onConflict(WAITLIST_CONFIG.CHEF_ID).doUpdate()
                .set(WAITLIST_CONFIG.ENABLED, settings.enabled())
                .set(WAITLIST_CONFIG.COOLDOWN_HOURS, settings.cooldownHours())
                .set(WAITLIST_CONFIG.UPDATED_AT, at)
                .execute();
    }

    /** The chef's account, locked so subscriptions to one chef are decided one at a time per customer. */
    Optional<UUID> chefUser(long chefId) {
        return db.select(CHEF.USER_ID).from(CHEF).where(CHEF.ID.eq(chefId)).fetchOptional(CHEF.USER_ID);
    }

    boolean chefOnBreak(long chefId) {
        return Boolean.TRUE.equals(db.select(CHEF.IS_ON_BREAK).from(CHEF).where(CHEF.ID.eq(chefId))
                .fetchOne(CHEF.IS_ON_BREAK));
    }

    boolean chefListed(long chefId) {
        return db.fetchExists(CHEF, CHEF.ID.eq(chefId).and(CHEF.IS_VERIFIED).and(CHEF.IS_LIVE));
    }

    /** @return true when this opened (or reopened) a subscription; false when the customer was already on the list */
    boolean subscribe(long chefId, UUID userId, Instant at) {
        int changed = db.insertInto(WAITLIST_SUBSCRIPTION)
                .set(WAITLIST_SUBSCRIPTION.CHEF_ID, chefId)
                .set(WAITLIST_SUBSCRIPTION.USER_ID, userId)
                .set(WAITLIST_SUBSCRIPTION.SUBSCRIBED_AT, at)
                .onConflict(WAITLIST_SUBSCRIPTION.CHEF_ID, WAITLIST_SUBSCRIPTION.USER_ID).doUpdate()
                .set(WAITLIST_SUBSCRIPTION.SUBSCRIBED_AT, at)
                .setNull(WAITLIST_SUBSCRIPTION.UNSUBSCRIBED_AT)
                .where(WAITLIST_SUBSCRIPTION.UNSUBSCRIBED_AT.isNotNull())
                .execute();
        return changed == 1;
    }

    /** @return false when the customer was not subscribed */
    boolean unsubscribe(long chefId, UUID userId, Instant at) {
        return db.update(WAITLIST_SUBSCRIPTION).set(WAITLIST_SUBSCRIPTION.UNSUBSCRIBED_AT, at)
                .where(WAITLIST_SUBSCRIPTION.CHEF_ID.eq(chefId).and(WAITLIST_SUBSCRIPTION.USER_ID.eq(userId))
                        .and(WAITLIST_SUBSCRIPTION.UNSUBSCRIBED_AT.isNull()))
                .execute() == 1;
    }

    record OpenSubscription(long chefId, UUID chefUser, UUID customer, Instant subscribedAt) {
    }

    record ChangedSettings(long chefId, boolean enabled, int cooldownHours, Instant changedAt) {
    }

    /** Every open subscription, for announcing them again. */
    List<OpenSubscription> openSubscriptions() {
        return db.select(WAITLIST_SUBSCRIPTION.CHEF_ID, CHEF.USER_ID, WAITLIST_SUBSCRIPTION.USER_ID,
                        WAITLIST_SUBSCRIPTION.SUBSCRIBED_AT)
                .from(WAITLIST_SUBSCRIPTION).join(CHEF).on(CHEF.ID.eq(WAITLIST_SUBSCRIPTION.CHEF_ID))
                .where(WAITLIST_SUBSCRIPTION.UNSUBSCRIBED_AT.isNull())
                .fetch(org.jooq.Records.mapping(OpenSubscription::new));
    }

    /** Every chef's settings that differ from the defaults' row-less state, for announcing them again. */
    List<ChangedSettings> changedSettings() {
        return db.select(WAITLIST_CONFIG.CHEF_ID, WAITLIST_CONFIG.ENABLED, WAITLIST_CONFIG.COOLDOWN_HOURS,
                WAITLIST_CONFIG.UPDATED_AT).from(WAITLIST_CONFIG).fetch(org.jooq.Records.mapping(ChangedSettings::new));
    }

    boolean subscribed(long chefId, UUID userId) {
        return db.fetchExists(WAITLIST_SUBSCRIPTION, WAITLIST_SUBSCRIPTION.CHEF_ID.eq(chefId)
                .and(WAITLIST_SUBSCRIPTION.USER_ID.eq(userId)).and(WAITLIST_SUBSCRIPTION.UNSUBSCRIBED_AT.isNull()));
    }

    int subscribers(long chefId) {
        return db.fetchCount(WAITLIST_SUBSCRIPTION, WAITLIST_SUBSCRIPTION.CHEF_ID.eq(chefId)
                .and(WAITLIST_SUBSCRIPTION.UNSUBSCRIBED_AT.isNull()));
    }
}
