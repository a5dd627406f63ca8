package com.chefweb.crm.leads;

import static com.chefweb.crm.jooq.Tables.HOUSEHOLD_MEMBER;
import static com.chefweb.crm.jooq.Tables.LEAD;
import static com.chefweb.crm.jooq.Tables.LEAD_INTERACTION;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class LeadRepository {

    private static final TypeReference<Map<String, Object>> PAYLOAD = new TypeReference<>() {
    };

    private final DSLContext db;
    private final JsonMapper json;

    LeadRepository(DSLContext db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    /**
     * Facts about one chef's leads are noted one at a time, so two facts about a new person make one lead. Taken
     * before any lead's row lock, by every writer, so the two locks are always taken in the same order.
     */
    void lockLeadsOf(UUID chefUserId) {
        db.execute("select pg_advisory_xact_lock(hashtextextended({0}, 0))", DSL.val("crm.lead:" + chefUserId));
    }

    boolean causeNoted(UUID chefUserId, String cause) {
        return db.fetchExists(LEAD_INTERACTION, LEAD_INTERACTION.CHEF_USER_ID.eq(chefUserId)
                .and(LEAD_INTERACTION.CAUSE.eq(cause)));
    }

    Optional<Lead> byAccount(UUID chefUserId, UUID userId) {
        return db.selectFrom(LEAD).where(live(chefUserId)).and(LEAD.USER_ID.eq(userId))
                .fetchOptional(LeadRepository::lead);
    }

    /** A live lead with this email: one with no account first, else one whose account has it. */
    Optional<Lead> byEmail(UUID chefUserId, String email) {
        return db.selectFrom(LEAD).where(live(chefUserId)).and(DSL.lower(LEAD.EMAIL).eq(email.toLowerCase(Locale.ROOT)))
                .orderBy(LEAD.USER_ID.isNull().desc(), LEAD.ID).limit(1).fetchOptional(LeadRepository::lead);
    }

    /** A live lead with this phone number and no account or email, for facts that name someone by phone only. */
    Optional<Lead> byPhone(UUID chefUserId, String phone) {
        return db.selectFrom(LEAD).where(live(chefUserId)).and(LEAD.PHONE.eq(phone)).and(LEAD.USER_ID.isNull())
                .and(LEAD.EMAIL.isNull()).orderBy(LEAD.ID).limit(1).fetchOptional(LeadRepository::lead);
    }

    /** The live lead an earlier fact about the same subject (an order, a booking) was noted on. */
    Optional<Lead> bySubject(UUID chefUserId, String subject) {
        return db.selectFrom(LEAD).where(live(chefUserId)).and(LEAD.ID.in(DSL.select(LEAD_INTERACTION.LEAD_ID)
                        .from(LEAD_INTERACTION).where(LEAD_INTERACTION.CHEF_USER_ID.eq(chefUserId))
                        .and(LEAD_INTERACTION.SUBJECT.eq(subject))))
                .orderBy(LEAD.ID).limit(1).fetchOptional(LeadRepository::lead);
    }

    Optional<Lead> find(UUID chefUserId, long id) {
        return db.selectFrom(LEAD).where(live(chefUserId)).and(LEAD.ID.eq(id)).fetchOptional(LeadRepository::lead);
    }

    Optional<Lead> lock(UUID chefUserId, long id) {
        return db.selectFrom(LEAD).where(live(chefUserId)).and(LEAD.ID.eq(id)).forUpdate()
                .fetchOptional(LeadRepository::lead);
    }

    long insert(Lead lead) {
        return db.insertInto(LEAD)
                .set(values(lead))
                .set(LEAD.CHEF_USER_ID, lead.chefUserId())
                .set(LEAD.SOURCE, lead.source())
                .set(LEAD.CREATED_AT, lead.createdAt())
                .returning(LEAD.ID).fetchOne(LEAD.ID);
    }

    void update(Lead lead) {
        db.update(LEAD).set(values(lead)).where(LEAD.ID.eq(lead.id())).execute();
    }

    void delete(long id, Instant now) {
        db.update(LEAD).set(LEAD.DELETED_AT, now).set(LEAD.UPDATED_AT, now).where(LEAD.ID.eq(id)).execute();
    }

    private static Map<org.jooq.Field<?>, Object> values(Lead lead) {
        Map<org.jooq.Field<?>, Object> values = new java.util.HashMap<>();
        values.put(LEAD.USER_ID, lead.userId());
        values.put(LEAD.FIRST_NAME, lead.firstName());
        values.put(LEAD.LAST_NAME, lead.lastName());
        values.put(LEAD.EMAIL, lead.email());
        values.put(LEAD.PHONE, lead.phone());
        values.put(LEAD.COMPANY, lead.company());
        values.put(LEAD.STAGE, lead.stage().code());
        values.put(LEAD.STAGE_SET_BY_HAND, lead.stageSetByHand());
        values.put(LEAD.STAGE_SET_AT, lead.stageSetAt());
        values.put(LEAD.IS_PRIORITY, lead.priority());
        values.put(LEAD.BUDGET_CENTS, lead.budgetCents());
        values.put(LEAD.NOTES, lead.notes());
        values.put(LEAD.BIRTHDAY_MONTH, lead.birthdayMonth());
        values.put(LEAD.BIRTHDAY_DAY, lead.birthdayDay());
        values.put(LEAD.ANNIVERSARY, lead.anniversary());
        values.put(LEAD.DIETARY_PREFERENCES, lead.dietaryPreferences().toArray(String[]::new));
        values.put(LEAD.ALLERGIES, lead.allergies().toArray(String[]::new));
        values.put(LEAD.LAST_ACTIVITY_AT, lead.lastActivityAt());
        values.put(LEAD.NEXT_ACTION_AT, lead.nextActionAt());
        values.put(LEAD.NEXT_ACTION_NOTE, lead.nextActionNote());
        values.put(LEAD.UPDATED_AT, lead.updatedAt());
        return values;
    }

    /** Notes the entry once: its id, or empty when its cause was noted before. */
    Optional<Long> note(long leadId, UUID chefUserId, String kind, String summary, Map<String, ?> payload,
            @Nullable String cause, @Nullable String subject, boolean byHand, Instant occurredAt, Instant now) {
        return db.insertInto(LEAD_INTERACTION)
                .set(LEAD_INTERACTION.LEAD_ID, leadId)
                .set(LEAD_INTERACTION.CHEF_USER_ID, chefUserId)
                .set(LEAD_INTERACTION.KIND, kind)
                .set(LEAD_INTERACTION.SUMMARY, summary)
                .set(LEAD_INTERACTION.PAYLOAD, JSONB.valueOf(json.writeValueAsString(payload)))
                .set(LEAD_INTERACTION.CAUSE, cause)
                .set(LEAD_INTERACTION.SUBJECT, subject)
                .set(LEAD_INTERACTION.BY_HAND, byHand)
                .set(LEAD_INTERACTION.OCCURRED_AT, occurredAt)
                .set(LEAD_INTERACTION.CREATED_AT, now)
                .onConflictDoNothing()
                .returning(LEAD_INTERACTION.ID).fetchOptional(LEAD_INTERACTION.ID);
    }

    List<Interaction> timeline(long leadId, int limit) {
        return db.selectFrom(LEAD_INTERACTION).where(LEAD_INTERACTION.LEAD_ID.eq(leadId))
                .orderBy(LEAD_INTERACTION.OCCURRED_AT.desc(), LEAD_INTERACTION.ID.desc()).limit(limit)
                .fetch(this::interaction);
    }

    Optional<Interaction> interaction(long id) {
        return db.selectFrom(LEAD_INTERACTION).where(LEAD_INTERACTION.ID.eq(id)).fetchOptional(this::interaction);
    }

    private Interaction interaction(com.chefweb.crm.jooq.tables.records.LeadInteractionRecord row) {
        return new Interaction(row.getId(), row.getLeadId(), row.getKind(), row.getSummary(),
                json.readValue(row.getPayload().data(), PAYLOAD), row.getByHand(), row.getOccurredAt());
    }

    List<Lead> page(UUID chefUserId, LeadQuery query) {
        return db.selectFrom(LEAD).where(conditions(chefUserId, query)).orderBy(order(query.ordering()))
                .limit(query.pageSize()).offset((query.page() - 1) * query.pageSize())
                .fetch(LeadRepository::lead);
    }

    int count(UUID chefUserId, LeadQuery query) {
        return db.fetchCount(LEAD, conditions(chefUserId, query));
    }

    /** Every live lead of the chef, for the client list (a chef's leads are counted in hundreds, not millions). */
    List<Lead> all(UUID chefUserId, int limit) {
        return db.selectFrom(LEAD).where(live(chefUserId)).orderBy(LEAD.CREATED_AT.desc()).limit(limit)
                .fetch(LeadRepository::lead);
    }

    private static Condition live(UUID chefUserId) {
        return LEAD.CHEF_USER_ID.eq(chefUserId).and(LEAD.DELETED_AT.isNull());
    }

    private static List<Condition> conditions(UUID chefUserId, LeadQuery query) {
        List<Condition> where = new ArrayList<>();
        where.add(live(chefUserId));
        if (!query.stages().isEmpty()) {
            where.add(LEAD.STAGE.in(query.stages().stream().map(Stage::code).toList()));
        }
        if (!query.sources().isEmpty()) {
            where.add(LEAD.SOURCE.in(query.sources()));
        }
        if (query.priority() != null) {
            where.add(LEAD.IS_PRIORITY.eq(query.priority()));
        }
        if (query.search() != null) {
            for (String word : query.search().strip().split("\\s+")) {
                String pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                where.add(LEAD.FIRST_NAME.likeIgnoreCase(pattern).or(LEAD.LAST_NAME.likeIgnoreCase(pattern))
                        .or(LEAD.EMAIL.likeIgnoreCase(pattern)).or(LEAD.PHONE.likeIgnoreCase(pattern))
                        .or(LEAD.COMPANY.likeIgnoreCase(pattern)));
            }
        }
        return where;
    }

    private static List<SortField<?>> order(String ordering) {
        boolean descending = ordering.startsWith("-");
        String field = descending ? ordering.substring(1) : ordering;
        List<SortField<?>> order = new ArrayList<>();
        switch (field) {
            case "name" -> {
                order.add(descending ? DSL.lower(LEAD.FIRST_NAME).desc() : DSL.lower(LEAD.FIRST_NAME).asc());
                order.add(descending ? DSL.lower(LEAD.LAST_NAME).desc() : DSL.lower(LEAD.LAST_NAME).asc());
            }
            case "stage" -> {
                // the pipeline's order, not the alphabet's
                var rank = DSL.case_(LEAD.STAGE).when("lost", -1).when("new", 0).when("discovery", 1)
                        .when("proposal", 2).when("booked", 3).otherwise(4);
                order.add(descending ? rank.desc() : rank.asc());
            }
            case "next_action_at" -> order.add(descending ? LEAD.NEXT_ACTION_AT.desc().nullsLast()
                    : LEAD.NEXT_ACTION_AT.asc().nullsLast());
            case "created_at" -> order.add(descending ? LEAD.CREATED_AT.desc() : LEAD.CREATED_AT.asc());
            default -> order.add(descending ? LEAD.LAST_ACTIVITY_AT.desc() : LEAD.LAST_ACTIVITY_AT.asc());
        }
        order.add(descending ? LEAD.ID.desc() : LEAD.ID.asc());
        return order;
    }

    /** How many payments each lead's timeline notes: the orders they paid for. */
    Map<Long, Integer> payments(List<Long> leadIds) {
        if (leadIds.isEmpty()) {
            return Map.of();
        }
        return db.select(LEAD_INTERACTION.LEAD_ID, DSL.count()).from(LEAD_INTERACTION)
                .where(LEAD_INTERACTION.LEAD_ID.in(leadIds)).and(LEAD_INTERACTION.KIND.eq("payment"))
                .groupBy(LEAD_INTERACTION.LEAD_ID).fetchMap(LEAD_INTERACTION.LEAD_ID, DSL.count());
    }

    List<HouseholdMember> household(long leadId) {
        return db.selectFrom(HOUSEHOLD_MEMBER).where(HOUSEHOLD_MEMBER.LEAD_ID.eq(leadId))
                .orderBy(HOUSEHOLD_MEMBER.ID).fetch(LeadRepository::member);
    }

    Map<Long, List<HouseholdMember>> households(List<Long> leadIds) {
        if (leadIds.isEmpty()) {
            return Map.of();
        }
        return db.selectFrom(HOUSEHOLD_MEMBER).where(HOUSEHOLD_MEMBER.LEAD_ID.in(leadIds))
                .orderBy(HOUSEHOLD_MEMBER.ID).fetchGroups(HOUSEHOLD_MEMBER.LEAD_ID, LeadRepository::member);
    }

    Optional<HouseholdMember> member(long leadId, long memberId) {
        return db.selectFrom(HOUSEHOLD_MEMBER).where(HOUSEHOLD_MEMBER.LEAD_ID.eq(leadId))
                .and(HOUSEHOLD_MEMBER.ID.eq(memberId)).fetchOptional(LeadRepository::member);
    }

    long insertMember(HouseholdMember member, Instant now) {
        return db.insertInto(HOUSEHOLD_MEMBER)
                .set(HOUSEHOLD_MEMBER.LEAD_ID, member.leadId())
                .set(memberValues(member))
                .set(HOUSEHOLD_MEMBER.CREATED_AT, now)
                .returning(HOUSEHOLD_MEMBER.ID).fetchOne(HOUSEHOLD_MEMBER.ID);
    }

    void updateMember(HouseholdMember member) {
        db.update(HOUSEHOLD_MEMBER).set(memberValues(member)).where(HOUSEHOLD_MEMBER.ID.eq(member.id())).execute();
    }

    void deleteMember(long memberId) {
        db.deleteFrom(HOUSEHOLD_MEMBER).where(HOUSEHOLD_MEMBER.ID.eq(memberId)).execute();
    }

    private static Map<org.jooq.Field<?>, Object> memberValues(HouseholdMember member) {
        Map<org.jooq.Field<?>, Object> values = new java.util.HashMap<>();
        values.put(HOUSEHOLD_MEMBER.NAME, member.name());
        values.put(HOUSEHOLD_MEMBER.RELATIONSHIP, member.relationship());
        values.put(HOUSEHOLD_MEMBER.AGE, member.age());
        values.put(HOUSEHOLD_MEMBER.DIETARY_PREFERENCES, member.dietaryPreferences().toArray(String[]::new));
        values.put(HOUSEHOLD_MEMBER.ALLERGIES, member.allergies().toArray(String[]::new));
        values.put(HOUSEHOLD_MEMBER.NOTES, member.notes());
        return values;
    }

    private static HouseholdMember member(Record row) {
        return new HouseholdMember(row.get(HOUSEHOLD_MEMBER.ID), row.get(HOUSEHOLD_MEMBER.LEAD_ID),
                row.get(HOUSEHOLD_MEMBER.NAME), row.get(HOUSEHOLD_MEMBER.RELATIONSHIP), row.get(HOUSEHOLD_MEMBER.AGE),
                List.of(row.get(HOUSEHOLD_MEMBER.DIETARY_PREFERENCES)), List.of(row.get(HOUSEHOLD_MEMBER.ALLERGIES)),
                row.get(HOUSEHOLD_MEMBER.NOTES));
    }

    private static Lead lead(Record row) {
        return new Lead(row.get(LEAD.ID), row.get(LEAD.CHEF_USER_ID), row.get(LEAD.USER_ID), row.get(LEAD.FIRST_NAME),
                row.get(LEAD.LAST_NAME), row.get(LEAD.EMAIL), row.get(LEAD.PHONE), row.get(LEAD.COMPANY),
                row.get(LEAD.SOURCE), Stage.of(row.get(LEAD.STAGE)).orElseThrow(), row.get(LEAD.STAGE_SET_BY_HAND),
                row.get(LEAD.STAGE_SET_AT),
                row.get(LEAD.IS_PRIORITY), row.get(LEAD.BUDGET_CENTS), row.get(LEAD.NOTES),
                row.get(LEAD.BIRTHDAY_MONTH), row.get(LEAD.BIRTHDAY_DAY), row.get(LEAD.ANNIVERSARY),
                List.of(row.get(LEAD.DIETARY_PREFERENCES)), List.of(row.get(LEAD.ALLERGIES)),
                row.get(LEAD.LAST_ACTIVITY_AT), row.get(LEAD.NEXT_ACTION_AT), row.get(LEAD.NEXT_ACTION_NOTE),
                row.get(LEAD.CREATED_AT), row.get(LEAD.UPDATED_AT));
    }
}
