package com.chefweb.identity.privacy;

import static com.chefweb.identity.jooq.Tables.ADDRESS;
import static com.chefweb.identity.jooq.Tables.AUDIT_ENTRY;
import static com.chefweb.identity.jooq.Tables.MARKETPLACE_PROFILE;
import static com.chefweb.identity.jooq.Tables.PENDING_SIGN_UP;
import static com.chefweb.identity.jooq.Tables.SESSION;
import static com.chefweb.identity.jooq.Tables.USER_ACCOUNT;
import static com.chefweb.shared.privacy.PersonalRecords.rows;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import com.chefweb.identity.events.PersonalDataErasureRequested;
import com.chefweb.identity.jooq.tables.Address;
import com.chefweb.identity.jooq.tables.AuditEntry;
import com.chefweb.identity.jooq.tables.MarketplaceProfile;
import com.chefweb.identity.jooq.tables.Session;
import com.chefweb.identity.jooq.tables.UserAccount;
import com.chefweb.shared.privacy.PersonalRecords;

/** Identity's own part of a privacy request: the account, its marketplace profile and address, its sign-ins. */
@Component
class IdentityPersonalData {

    static final String HOLDER = "identity";

    private final DSLContext db;
    private final PasswordEncoder passwords;

    IdentityPersonalData(DSLContext db, PasswordEncoder passwords) {
        this.db = db;
        this.passwords = passwords;
    }

    String export(@Nullable UUID userId) {
        Map<String, JSONB> sections = new LinkedHashMap<>();
        if (userId == null) {
            return PersonalRecords.sections(sections);
        }
        UserAccount account = USER_ACCOUNT.as("a");
        sections.put("account", db.select(rows(account, "password_hash")).from(account)
                .where(account.ID.eq(userId)).fetchSingle().value1());
        MarketplaceProfile profile = MARKETPLACE_PROFILE.as("p");
        sections.put("marketplace_profile", db.select(rows(profile)).from(profile)
                .where(profile.USER_ID.eq(userId)).fetchSingle().value1());
        Address address = ADDRESS.as("d");
        sections.put("address", db.select(rows(address)).from(address)
                .where(address.USER_ID.eq(userId)).fetchSingle().value1());
        Session session = SESSION.as("s");
        sections.put("sign_ins", db.select(rows(session)).from(session)
                .where(session.USER_ID.eq(userId)).fetchSingle().value1());
        AuditEntry audit = AUDIT_ENTRY.as("e");
        sections.put("changes_by_staff", db.select(rows(audit)).from(audit)
                .where(audit.RESOURCE_ID.eq(userId.toString())).fetchSingle().value1());
        return PersonalRecords.sections(sections);
    }

    /**
     * Closes the account for good and keeps only what cannot name the person: the row stays (payments and orders
     * point at its id) under the anonymous name and an address that receives no mail.
     */
    String erase(PersonalDataErasureRequested erasure, Instant at) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        UUID userId = erasure.userId();
        if (userId != null) {
            counts.put("accounts", db.update(USER_ACCOUNT)
                    .set(USER_ACCOUNT.EMAIL, erasure.anonymousEmail())
                    .set(USER_ACCOUNT.NAME, PersonalDataErasureRequested.ERASED_NAME)
                    .set(USER_ACCOUNT.PASSWORD_HASH, passwords.encode(UUID.randomUUID().toString()))
                    .set(USER_ACCOUNT.DISABLED_AT, DSL.coalesce(USER_ACCOUNT.DISABLED_AT, DSL.val(at)))
                    .where(USER_ACCOUNT.ID.eq(userId))
                    .execute());
            counts.put("sessions_ended", db.update(SESSION).set(SESSION.REVOKED_AT, at)
                    .set(SESSION.REVOKED_REASON, "erased")
                    .where(SESSION.USER_ID.eq(userId)).and(SESSION.REVOKED_AT.isNull()).execute());
            counts.put("marketplace_profiles", db.update(MARKETPLACE_PROFILE)
                    .set(MARKETPLACE_PROFILE.USERNAME, erasure.anonymousId())
                    .set(MARKETPLACE_PROFILE.ALLERGIES, new String[0])
                    .set(MARKETPLACE_PROFILE.DIETARY_PREFERENCES, new String[0])
                    .set(MARKETPLACE_PROFILE.HOUSEHOLD_MEMBER_COUNT, 1)
                    .where(MARKETPLACE_PROFILE.USER_ID.eq(userId))
                    .execute());
            counts.put("addresses", db.deleteFrom(ADDRESS).where(ADDRESS.USER_ID.eq(userId)).execute());
        }
        counts.put("sign_ups_waiting", db.deleteFrom(PENDING_SIGN_UP)
                .where(PENDING_SIGN_UP.EMAIL.eq(erasure.email())).execute());
        // the audit log keeps what staff did, naming the person by their anonymous address from now on
        counts.put("audit_entries", db.update(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.SUMMARY, PersonalRecords.withAddressReplaced(AUDIT_ENTRY.SUMMARY, erasure.email(),
                        erasure.anonymousEmail()))
                .set(AUDIT_ENTRY.BEFORE, replaced(AUDIT_ENTRY.BEFORE, erasure))
                .set(AUDIT_ENTRY.AFTER, replaced(AUDIT_ENTRY.AFTER, erasure))
                .where(PersonalRecords.namesAddress(AUDIT_ENTRY.SUMMARY, erasure.email())
                        .or(PersonalRecords.namesAddress(AUDIT_ENTRY.BEFORE, erasure.email()))
                        .or(PersonalRecords.namesAddress(AUDIT_ENTRY.AFTER, erasure.email())))
                .execute());
        return PersonalRecords.counts(counts);
    }

    private static Field<JSONB> replaced(Field<JSONB> json, PersonalDataErasureRequested erasure) {
        return DSL.field("{0}::jsonb", SQLDataType.JSONB, PersonalRecords.withAddressReplaced(
                json.cast(SQLDataType.CLOB), erasure.email(), erasure.anonymousEmail()));
    }
}
