package com.chefweb.identity.account;

import static com.chefweb.identity.jooq.Tables.USER_ACCOUNT;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

    private final DSLContext db;

    AccountRepository(DSLContext db) {
        this.db = db;
    }

    /** Inserts an account; false when the email is taken (the database decides, so two sign-ups cannot both win). */
    boolean insert(UserAccount account, String passwordHash, boolean emailConfirmed) {
        try {
            return db.insertInto(USER_ACCOUNT)
                    .set(USER_ACCOUNT.ID, account.id())
                    .set(USER_ACCOUNT.EMAIL, account.email())
                    .set(USER_ACCOUNT.NAME, account.name())
                    .set(USER_ACCOUNT.PASSWORD_HASH, passwordHash)
                    .set(USER_ACCOUNT.ROLE, account.role().code())
                    .set(USER_ACCOUNT.CHEF_ID, account.chefId())
                    .set(USER_ACCOUNT.APPROVED_CHEF, account.role() == Role.CHEF)
                    .set(USER_ACCOUNT.EVER_APPROVED_CHEF, account.role() == Role.CHEF)
                    .set(USER_ACCOUNT.EMAIL_CONFIRMED_AT, emailConfirmed ? account.createdAt() : null)
                    .set(USER_ACCOUNT.CREATED_AT, account.createdAt())
                    .onConflict(USER_ACCOUNT.EMAIL).doNothing()
                    .execute() == 1;
        } catch (IntegrityConstraintViolationException e) {
            return false;
        }
    }

    boolean everApprovedChef(UUID id) {
        return db.fetchExists(USER_ACCOUNT, USER_ACCOUNT.ID.eq(id).and(USER_ACCOUNT.EVER_APPROVED_CHEF));
    }

    boolean emailConfirmed(UUID id) {
        return db.fetchExists(USER_ACCOUNT, USER_ACCOUNT.ID.eq(id).and(USER_ACCOUNT.EMAIL_CONFIRMED_AT.isNotNull()));
    }

    Optional<UserAccount> findById(UUID id) {
        return db.selectFrom(USER_ACCOUNT).where(USER_ACCOUNT.ID.eq(id)).fetchOptional(AccountRepository::toAccount);
    }

    Optional<Credentials> findCredentials(String email) {
        return db.selectFrom(USER_ACCOUNT).where(USER_ACCOUNT.EMAIL.eq(email))
                .fetchOptional(row -> new Credentials(toAccount(row), row.getPasswordHash()));
    }

    /** The account's credentials, locked until the transaction ends: one password change at a time. */
    Optional<Credentials> lockCredentials(UUID id) {
        return db.selectFrom(USER_ACCOUNT).where(USER_ACCOUNT.ID.eq(id)).forUpdate()
                .fetchOptional(row -> new Credentials(toAccount(row), row.getPasswordHash()));
    }

    List<UserAccount> findPage(int limit, int offset) {
        return db.selectFrom(USER_ACCOUNT).orderBy(USER_ACCOUNT.CREATED_AT.desc(), USER_ACCOUNT.ID)
                .limit(limit).offset(offset).fetch(AccountRepository::toAccount);
    }

    int count() {
        return db.fetchCount(USER_ACCOUNT);
    }

    boolean anyWithRole(Role role) {
        return db.fetchExists(USER_ACCOUNT, USER_ACCOUNT.ROLE.eq(role.code()));
    }

    void recordLogin(UUID id, Instant at) {
        db.update(USER_ACCOUNT).set(USER_ACCOUNT.LAST_LOGIN_AT, at)
                .where(USER_ACCOUNT.ID.eq(id)).execute();
    }

    void updatePasswordHash(UUID id, String passwordHash) {
        db.update(USER_ACCOUNT).set(USER_ACCOUNT.PASSWORD_HASH, passwordHash).where(USER_ACCOUNT.ID.eq(id)).execute();
    }

    /** Whether an admin approved the account as a chef (it may act in the chef role); locks the account row. */
    boolean lockApprovedChef(UUID id) {
        return Boolean.TRUE.equals(db.select(USER_ACCOUNT.APPROVED_CHEF).from(USER_ACCOUNT)
                .where(USER_ACCOUNT.ID.eq(id)).forUpdate().fetchOne(USER_ACCOUNT.APPROVED_CHEF));
    }

    boolean isApprovedChef(UUID id) {
        return Boolean.TRUE.equals(db.select(USER_ACCOUNT.APPROVED_CHEF).from(USER_ACCOUNT)
                .where(USER_ACCOUNT.ID.eq(id)).fetchOne(USER_ACCOUNT.APPROVED_CHEF));
    }

    /** The role an account acts in, without touching what an admin approved. */
    void updateRole(UUID id, Role role) {
        db.update(USER_ACCOUNT).set(USER_ACCOUNT.ROLE, role.code()).where(USER_ACCOUNT.ID.eq(id)).execute();
    }

    /** An admin's change of role: making an account a chef approves it; any other role takes that back. */
    void updateApproval(UUID id, boolean approvedChef) {
        db.update(USER_ACCOUNT).set(USER_ACCOUNT.APPROVED_CHEF, approvedChef)
                .set(USER_ACCOUNT.EVER_APPROVED_CHEF, approvedChef ? DSL.inline(true) : USER_ACCOUNT.EVER_APPROVED_CHEF)
                .where(USER_ACCOUNT.ID.eq(id)).execute();
    }

    void update(UserAccount account) {
        db.update(USER_ACCOUNT)
                .set(USER_ACCOUNT.NAME, account.name())
                .set(USER_ACCOUNT.ROLE, account.role().code())
                .set(USER_ACCOUNT.CHEF_ID, account.chefId())
                .set(USER_ACCOUNT.DISABLED_AT, account.disabledAt() == null ? null
                        : account.disabledAt())
                .where(USER_ACCOUNT.ID.eq(account.id()))
                .execute();
    }

    private static UserAccount toAccount(Record row) {
        return new UserAccount(row.get(USER_ACCOUNT.ID), row.get(USER_ACCOUNT.EMAIL), row.get(USER_ACCOUNT.NAME),
                Role.fromCode(row.get(USER_ACCOUNT.ROLE)), row.get(USER_ACCOUNT.CHEF_ID),
                row.get(USER_ACCOUNT.CREATED_AT), row.get(USER_ACCOUNT.LAST_LOGIN_AT),
                row.get(USER_ACCOUNT.DISABLED_AT));
    }


    record Credentials(UserAccount account, String passwordHash) {
    }
}
