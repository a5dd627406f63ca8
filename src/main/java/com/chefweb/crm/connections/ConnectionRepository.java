package com.chefweb.crm.connections;

import static com.chefweb.crm.jooq.Tables.CONNECTION;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class ConnectionRepository {

    private final DSLContext db;

    ConnectionRepository(DSLContext db) {
        this.db = db;
    }

    /** The pair's pending or accepted connection, locked. */
    Optional<Connection> lockOpen(UUID chefUserId, UUID customerUserId) {
        return connections().where(CONNECTION.CHEF_USER_ID.eq(chefUserId))
                .and(CONNECTION.CUSTOMER_USER_ID.eq(customerUserId)).and(CONNECTION.STATUS.in("pending", "accepted"))
                .forUpdate().fetchOptional(Records.mapping(Connection::new));
    }

    /** A new pending connection, or empty when the pair has an open one (a request racing this one). */
    Optional<Long> insert(UUID chefUserId, UUID customerUserId, String initiatedBy, String note, Instant now) {
        return db.insertInto(CONNECTION)
                .set(CONNECTION.CHEF_USER_ID, chefUserId)
                .set(CONNECTION.CUSTOMER_USER_ID, customerUserId)
                .set(CONNECTION.STATUS, "pending")
                .set(CONNECTION.INITIATED_BY, initiatedBy)
                .set(CONNECTION.NOTE, note)
                .set(CONNECTION.REQUESTED_AT, now)
                .onConflictDoNothing()
                .returning(CONNECTION.ID).fetchOptional(CONNECTION.ID);
    }

    /** Whether the pair declined a request from this side since then. */
    boolean declinedSince(UUID chefUserId, UUID customerUserId, String initiatedBy, Instant since) {
        return db.fetchExists(CONNECTION, CONNECTION.CHEF_USER_ID.eq(chefUserId)
                .and(CONNECTION.CUSTOMER_USER_ID.eq(customerUserId)).and(CONNECTION.INITIATED_BY.eq(initiatedBy))
                .and(CONNECTION.STATUS.eq("declined")).and(CONNECTION.RESPONDED_AT.gt(since)));
    }

    /** Whether the pair's connection ended since then. */
    boolean endedSince(UUID chefUserId, UUID customerUserId, Instant since) {
        return db.fetchExists(CONNECTION, CONNECTION.CHEF_USER_ID.eq(chefUserId)
                .and(CONNECTION.CUSTOMER_USER_ID.eq(customerUserId)).and(CONNECTION.STATUS.eq("ended"))
                .and(CONNECTION.ENDED_AT.gt(since)));
    }

    Optional<Connection> lock(long id, UUID party) {
        return connections().where(CONNECTION.ID.eq(id)).and(party(party)).forUpdate()
                .fetchOptional(Records.mapping(Connection::new));
    }

    Optional<Connection> find(long id) {
        return connections().where(CONNECTION.ID.eq(id))
                .fetchOptional(Records.mapping(Connection::new));
    }

    void answer(long id, String status, Instant now) {
        db.update(CONNECTION).set(CONNECTION.STATUS, status)
                .set(status.equals("ended") ? CONNECTION.ENDED_AT : CONNECTION.RESPONDED_AT, now)
                .where(CONNECTION.ID.eq(id)).execute();
    }

    /** The chef's connections (asChef) or the customer's, newest first. */
    List<Connection> of(UUID userId, boolean asChef, @Nullable String status, int limit) {
        Condition where = asChef ? CONNECTION.CHEF_USER_ID.eq(userId) : CONNECTION.CUSTOMER_USER_ID.eq(userId);
        if (status != null) {
            where = where.and(CONNECTION.STATUS.eq(status));
        }
        return connections().where(where)
                .orderBy(CONNECTION.REQUESTED_AT.desc(), CONNECTION.ID.desc()).limit(limit)
                .fetch(Records.mapping(Connection::new));
    }

    private static Condition party(UUID userId) {
        return CONNECTION.CHEF_USER_ID.eq(userId).or(CONNECTION.CUSTOMER_USER_ID.eq(userId));
    }

    private org.jooq.SelectJoinStep<org.jooq.Record9<Long, UUID, UUID, String, String, String, Instant, Instant,
            Instant>> connections() {
        return db.select(CONNECTION.ID, CONNECTION.CHEF_USER_ID, CONNECTION.CUSTOMER_USER_ID, CONNECTION.STATUS,
                CONNECTION.INITIATED_BY, CONNECTION.NOTE, CONNECTION.REQUESTED_AT, CONNECTION.RESPONDED_AT,
                CONNECTION.ENDED_AT).from(CONNECTION);
    }

}
