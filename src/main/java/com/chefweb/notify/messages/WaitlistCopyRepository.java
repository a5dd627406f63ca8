package com.chefweb.notify.messages;

import static com.chefweb.notify.jooq.Tables.ANNOUNCED_EVENT;
import static com.chefweb.notify.jooq.Tables.WAITLIST_SETTING;
import static com.chefweb.notify.jooq.Tables.WAITLIST_SUBSCRIPTION;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Notifications' copy of chefs' waitlists, and which meal events were seen and announced. */
@Repository
class WaitlistCopyRepository {

    /** The chefs module's defaults, for a chef who never changed them. */
    static final Setting DEFAULT = new Setting(true, 24, null);

    private final DSLContext db;

    WaitlistCopyRepository(DSLContext db) {
        this.db = db;
    }

    record Setting(boolean enabled, int cooldownHours, @org.jspecify.annotations.Nullable Instant lastAnnouncedAt) {
    }

    /** Keeps the latest subscription; whether it counts depends on the latest unsubscription, whenever heard. */
    void subscribe(long chefId, UUID customer, Instant at) {
        db.insertInto(WAITLIST_SUBSCRIPTION).set(WAITLIST_SUBSCRIPTION.CHEF_ID, chefId)
                .set(WAITLIST_SUBSCRIPTION.CUSTOMER_USER_ID, customer).set(WAITLIST_SUBSCRIPTION.SUBSCRIBED_AT, at)
                .onConflict(WAITLIST_SUBSCRIPTION.CHEF_ID, WAITLIST_SUBSCRIPTION.CUSTOMER_USER_ID).doUpdate()
                .set(WAITLIST_SUBSCRIPTION.SUBSCRIBED_AT, DSL.greatest(WAITLIST_SUBSCRIPTION.SUBSCRIBED_AT,
                        DSL.excluded(WAITLIST_SUBSCRIPTION.SUBSCRIBED_AT)))
                .execute();
    }

    /**
     * Remembers the latest unsubscription (even one heard before the subscription it ends), so events heard in any
     * order leave the customer where their last choice put them.
     */
    void unsubscribe(long chefId, UUID customer, Instant at) {
        db.insertInto(WAITLIST_SUBSCRIPTION).set(WAITLIST_SUBSCRIPTION.CHEF_ID, chefId)
                .set(WAITLIST_SUBSCRIPTION.CUSTOMER_USER_ID, customer)
                .set(WAITLIST_SUBSCRIPTION.SUBSCRIBED_AT, Instant.EPOCH)
                .set(WAITLIST_SUBSCRIPTION.UNSUBSCRIBED_AT, at)
                .onConflict(WAITLIST_SUBSCRIPTION.CHEF_ID, WAITLIST_SUBSCRIPTION.CUSTOMER_USER_ID).doUpdate()
                .set(WAITLIST_SUBSCRIPTION.UNSUBSCRIBED_AT, DSL.greatest(DSL.coalesce(
                        WAITLIST_SUBSCRIPTION.UNSUBSCRIBED_AT, DSL.val(Instant.EPOCH)),
                        DSL.excluded(WAITLIST_SUBSCRIPTION.UNSUBSCRIBED_AT)))
                .execute();
    }

    /** Those whose latest word was to subscribe. */
    List<UUID> subscribers(long chefId) {
        return db.select(WAITLIST_SUBSCRIPTION.CUSTOMER_USER_ID).from(WAITLIST_SUBSCRIPTION)
                .where(WAITLIST_SUBSCRIPTION.CHEF_ID.eq(chefId))
                .and(WAITLIST_SUBSCRIPTION.UNSUBSCRIBED_AT.isNull()
                        .or(WAITLIST_SUBSCRIPTION.SUBSCRIBED_AT.gt(WAITLIST_SUBSCRIPTION.UNSUBSCRIBED_AT)))
                .fetch(WAITLIST_SUBSCRIPTION.CUSTOMER_USER_ID);
    }

    void configure(long chefId, boolean enabled, int cooldownHours, Instant changedAt) {
        db.insertInto(WAITLIST_SETTING).set(WAITLIST_SETTING.CHEF_ID, chefId).set(WAITLIST_SETTING.ENABLED, enabled)
                .set(WAITLIST_SETTING.COOLDOWN_HOURS, cooldownHours).set(WAITLIST_SETTING.CHANGED_AT, changedAt)
                .onConflict(WAITLIST_SETTING.CHEF_ID).doUpdate()
                .set(WAITLIST_SETTING.ENABLED, DSL.excluded(WAITLIST_SETTING.ENABLED))
                .set(WAITLIST_SETTING.COOLDOWN_HOURS, DSL.excluded(WAITLIST_SETTING.COOLDOWN_HOURS))
                .set(WAITLIST_SETTING.CHANGED_AT, DSL.excluded(WAITLIST_SETTING.CHANGED_AT))
                .where(WAITLIST_SETTING.CHANGED_AT.lt(DSL.excluded(WAITLIST_SETTING.CHANGED_AT)))
                .execute();
    }

    /** The chef's settings, locked, so two events opening at once make one announcement within the cooldown. */
    Setting lockSetting(long chefId, Instant now) {
        db.insertInto(WAITLIST_SETTING).set(WAITLIST_SETTING.CHEF_ID, chefId)
                .set(WAITLIST_SETTING.ENABLED, DEFAULT.enabled())
                .set(WAITLIST_SETTING.COOLDOWN_HOURS, DEFAULT.cooldownHours())
                .set(WAITLIST_SETTING.CHANGED_AT, Instant.EPOCH)
                .onConflictDoNothing().execute();
        return db.selectFrom(WAITLIST_SETTING).where(WAITLIST_SETTING.CHEF_ID.eq(chefId)).forUpdate()
                .fetchOptional(row -> new Setting(row.getEnabled(), row.getCooldownHours(), row.getLastAnnouncedAt()))
                .orElse(DEFAULT);
    }

    void announced(long chefId, Instant at) {
        db.update(WAITLIST_SETTING).set(WAITLIST_SETTING.LAST_ANNOUNCED_AT, at)
                .where(WAITLIST_SETTING.CHEF_ID.eq(chefId)).execute();
    }

    /** True the first time an event is seen open; every later time (a redelivery, a change) false. */
    boolean firstSeen(long eventId, UUID chefUserId, boolean announced, Instant at) {
        return db.insertInto(ANNOUNCED_EVENT).set(ANNOUNCED_EVENT.EVENT_ID, eventId)
                .set(ANNOUNCED_EVENT.CHEF_USER_ID, chefUserId).set(ANNOUNCED_EVENT.ANNOUNCED, announced)
                .set(ANNOUNCED_EVENT.SEEN_AT, at).onConflictDoNothing().execute() == 1;
    }

    Optional<Boolean> wasAnnounced(long eventId) {
        return db.select(ANNOUNCED_EVENT.ANNOUNCED).from(ANNOUNCED_EVENT).where(ANNOUNCED_EVENT.EVENT_ID.eq(eventId))
                .fetchOptional(ANNOUNCED_EVENT.ANNOUNCED);
    }
}
