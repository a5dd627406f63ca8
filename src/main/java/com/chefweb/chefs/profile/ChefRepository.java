package com.chefweb.chefs.profile;

import static com.chefweb.chefs.jooq.Tables.CHEF;
import static com.chefweb.chefs.jooq.Tables.PAYMENT_ACCOUNT;
import static com.chefweb.chefs.jooq.Tables.VERIFIED_UPLOAD;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import com.chefweb.chefs.jooq.tables.records.ChefRecord;
import com.chefweb.chefs.profile.ChefProfiles.PaymentAccount;

@Repository
class ChefRepository {

    private final DSLContext db;

    ChefRepository(DSLContext db) {
        this.db = db;
    }

    /** @return false when the chef already had a profile */
    boolean insertIfAbsent(long id, UUID userId, String username, Instant at) {
        return db.insertInto(CHEF)
                .set(CHEF.ID, id)
                .set(CHEF.USER_ID, userId)
                .set(CHEF.USERNAME, username)
                .set(CHEF.CREATED_AT, at)
                .set(CHEF.UPDATED_AT, at)
                .onConflictDoNothing()
                .execute() == 1;
    }

    List<Long> idsNotOnBreakAfter(long after, int limit) {
        return db.select(CHEF.ID).from(CHEF).where(CHEF.ID.gt(after)).and(CHEF.IS_ON_BREAK.isFalse())
                .orderBy(CHEF.ID).limit(limit).fetch(CHEF.ID);
    }

    Optional<Chef> find(long id) {
        return db.selectFrom(CHEF).where(CHEF.ID.eq(id)).fetchOptional(ChefRepository::toChef);
    }

    Optional<Chef> findByUser(UUID userId) {
        return db.selectFrom(CHEF).where(CHEF.USER_ID.eq(userId)).fetchOptional(ChefRepository::toChef);
    }

    /** Locks the chef's row for a change: two edits of one profile apply one after the other. */
    Optional<Chef> lockByUser(UUID userId) {
        return db.selectFrom(CHEF).where(CHEF.USER_ID.eq(userId)).forUpdate().fetchOptional(ChefRepository::toChef);
    }

    Optional<Chef> lock(long id) {
        return db.selectFrom(CHEF).where(CHEF.ID.eq(id)).forUpdate().fetchOptional(ChefRepository::toChef);
    }

    Optional<Chef> findByUsername(String username) {
        return db.selectFrom(CHEF).where(DSL.lower(CHEF.USERNAME).eq(username.toLowerCase(Locale.ROOT)))
                .fetchOptional(ChefRepository::toChef);
    }

    /** Sets exactly these columns (and the time of the change). */
    void update(long id, Map<Field<?>, Object> changes, Instant at) {
        Map<Field<?>, Object> all = new java.util.HashMap<>(changes);
        all.put(CHEF.UPDATED_AT, at);
        db.update(CHEF).set(all).where(CHEF.ID.eq(id)).execute();
    }

    List<Chef> page(int limit, int offset) {
        return db.selectFrom(CHEF).orderBy(CHEF.CREATED_AT.desc(), CHEF.ID.desc()).limit(limit).offset(offset)
                .fetch(ChefRepository::toChef);
    }

    int count() {
        return db.fetchCount(CHEF);
    }

    /**
     * Keeps what payment last said about a payout account, unless what we hold is newer.
     *
     * @return false when the report was older than the one kept, and so ignored
     */
    boolean savePaymentAccount(UUID userId, boolean active, @org.jspecify.annotations.Nullable String disabledReason, List<String> currentlyDue,
            Instant at) {
        return db.insertInto(PAYMENT_ACCOUNT)
                .set(PAYMENT_ACCOUNT.USER_ID, userId)
                .set(PAYMENT_ACCOUNT.ACTIVE, active)
                .set(PAYMENT_ACCOUNT.DISABLED_REASON, disabledReason)
                .set(PAYMENT_ACCOUNT.CURRENTLY_DUE, currentlyDue.toArray(String[]::new))
                .set(PAYMENT_ACCOUNT.REPORTED_AT, at)
                .onConflict(PAYMENT_ACCOUNT.USER_ID).doUpdate()
                .set(PAYMENT_ACCOUNT.ACTIVE, active)
                .set(PAYMENT_ACCOUNT.DISABLED_REASON, disabledReason)
                .set(PAYMENT_ACCOUNT.CURRENTLY_DUE, currentlyDue.toArray(String[]::new))
                .set(PAYMENT_ACCOUNT.REPORTED_AT, at)
                .where(PAYMENT_ACCOUNT.REPORTED_AT.le(at))
                .execute() == 1;
    }

    /** Empty when payment never reported an account for this chef. */
    Optional<PaymentAccount> paymentAccount(UUID userId) {
        return db.selectFrom(PAYMENT_ACCOUNT).where(PAYMENT_ACCOUNT.USER_ID.eq(userId))
                .fetchOptional(row -> new PaymentAccount(row.getActive(), row.getDisabledReason(),
                        List.of(row.getCurrentlyDue())));
    }

    /** Records a file media checked; hearing it again changes nothing. */
    void saveVerifiedUpload(UUID uploadId, String purpose, String ownerId, String key, String url, String contentType,
            Instant at) {
        db.insertInto(VERIFIED_UPLOAD)
                .set(VERIFIED_UPLOAD.UPLOAD_ID, uploadId)
                .set(VERIFIED_UPLOAD.PURPOSE, purpose)
                .set(VERIFIED_UPLOAD.OWNER_ID, ownerId)
                .set(VERIFIED_UPLOAD.OBJECT_KEY, key)
                .set(VERIFIED_UPLOAD.URL, url)
                .set(VERIFIED_UPLOAD.CONTENT_TYPE, contentType)
                .set(VERIFIED_UPLOAD.VERIFIED_AT, at)
                .onConflictDoNothing()
                .execute();
    }

    /** Forgets files the chef let go of, so their keys can never be attached again. */
    void forgetVerifiedUploads(List<UUID> uploadIds) {
        db.deleteFrom(VERIFIED_UPLOAD).where(VERIFIED_UPLOAD.UPLOAD_ID.in(uploadIds)).execute();
    }

    Optional<VerifiedUpload> verifiedUpload(String key) {
        return db.selectFrom(VERIFIED_UPLOAD).where(VERIFIED_UPLOAD.OBJECT_KEY.eq(key))
                .fetchOptional(row -> new VerifiedUpload(row.getUploadId(), row.getPurpose(), row.getOwnerId(),
                        row.getObjectKey(), row.getUrl()));
    }

    private static Chef toChef(ChefRecord row) {
        return new Chef(row.getId(), row.getUserId(), row.getUsername(), row.getDisplayName(), row.getBio(),
                row.getExperience(), row.getCity(), row.getCountry(), row.getTimeZone(), row.getCalendlyUrl(),
                row.getDefaultCurrency(), row.getProfilePicUpload(), row.getProfilePicUrl(), row.getBannerUpload(),
                row.getBannerUrl(), row.getIsVerified(), row.getBackgroundChecked(), row.getInsured(),
                row.getInsuranceExpiry(), row.getFoodHandlersCert(), row.getIsOnBreak(), row.getBreakReason(),
                row.getIsLive(), row.getCreatedAt(), row.getUpdatedAt());
    }

    static Chef toChef(Record row) {
        return toChef(row.into(CHEF));
    }

    /** A file media checked, as this module heard of it. */
    public record VerifiedUpload(UUID uploadId, String purpose, String ownerId, String key, String url) {
    }
}
