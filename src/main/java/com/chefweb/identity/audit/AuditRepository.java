package com.chefweb.identity.audit;

import static com.chefweb.identity.jooq.Tables.AUDIT_ENTRY;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import com.chefweb.identity.jooq.tables.records.AuditEntryRecord;
import com.chefweb.identity.events.AuditableChangeMade;

@Repository
class AuditRepository {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private final DSLContext db;
    private final JsonMapper json;

    AuditRepository(DSLContext db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    void insert(AuditableChangeMade change) {
        db.insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.OCCURRED_AT, change.occurredAt())
                .set(AUDIT_ENTRY.ACTOR_ID, change.actorId())
                .set(AUDIT_ENTRY.ACTOR_ROLE, change.actorRole())
                .set(AUDIT_ENTRY.ACTION, change.action())
                .set(AUDIT_ENTRY.RESOURCE_TYPE, change.resourceType())
                .set(AUDIT_ENTRY.RESOURCE_ID, change.resourceId())
                .set(AUDIT_ENTRY.SUMMARY, change.summary())
                .set(AUDIT_ENTRY.BEFORE, JSONB.valueOf(json.writeValueAsString(change.before())))
                .set(AUDIT_ENTRY.AFTER, JSONB.valueOf(json.writeValueAsString(change.after())))
                .execute();
    }

    List<AuditEntry> find(AuditQuery query) {
        return db.selectFrom(AUDIT_ENTRY)
                .where(conditions(query))
                .orderBy(AUDIT_ENTRY.OCCURRED_AT.desc(), AUDIT_ENTRY.ID.desc())
                .limit(query.limit())
                .offset(query.offset())
                .fetch(this::toEntry);
    }

    int count(AuditQuery query) {
        return db.fetchCount(AUDIT_ENTRY, conditions(query));
    }

    private static Condition conditions(AuditQuery query) {
        List<Condition> conditions = new ArrayList<>();
        if (query.actorId() != null) {
            conditions.add(AUDIT_ENTRY.ACTOR_ID.eq(query.actorId()));
        }
        if (query.action() != null) {
            conditions.add(AUDIT_ENTRY.ACTION.eq(query.action()));
        }
        if (query.resourceType() != null) {
            conditions.add(AUDIT_ENTRY.RESOURCE_TYPE.eq(query.resourceType()));
        }
        if (query.resourceId() != null) {
            conditions.add(AUDIT_ENTRY.RESOURCE_ID.eq(query.resourceId()));
        }
        if (query.from() != null) {
            conditions.add(AUDIT_ENTRY.OCCURRED_AT.ge(query.from()));
        }
        if (query.to() != null) {
            conditions.add(AUDIT_ENTRY.OCCURRED_AT.lt(query.to()));
        }
        return DSL.and(conditions);
    }

    private AuditEntry toEntry(AuditEntryRecord row) {
        return new AuditEntry(row.getId(), row.getOccurredAt(), row.getActorId(), row.getActorRole(),
                row.getAction(), row.getResourceType(), row.getResourceId(), row.getSummary(),
                row.getBefore() == null ? Map.of() : json.readValue(row.getBefore().data(), MAP),
                row.getAfter() == null ? Map.of() : json.readValue(row.getAfter().data(), MAP));
    }
}
