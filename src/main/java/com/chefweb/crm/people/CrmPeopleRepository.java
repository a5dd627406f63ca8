package com.chefweb.crm.people;

import static com.chefweb.crm.jooq.Tables.CHEF;
import static com.chefweb.crm.jooq.Tables.LEAD;
import static com.chefweb.crm.jooq.Tables.PERSON;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class CrmPeopleRepository {

    private final DSLContext db;

    CrmPeopleRepository(DSLContext db) {
        this.db = db;
    }

    /** Keeps the newer of the stored and the given version. */
    void savePerson(Person person, Instant savedAt) {
        db.insertInto(PERSON)
                .set(PERSON.USER_ID, person.userId())
                .set(PERSON.PUBLIC_ID, person.publicId())
                .set(PERSON.USERNAME, person.username())
                .set(PERSON.NAME, person.name())
                .set(PERSON.EMAIL, person.email())
                .set(PERSON.HOUSEHOLD_MEMBER_COUNT, person.householdMemberCount())
                .set(PERSON.ALLERGIES, person.allergies().toArray(String[]::new))
                .set(PERSON.DIETARY_PREFERENCES, person.dietaryPreferences().toArray(String[]::new))
                .set(PERSON.SAVED_AT, savedAt)
                .onConflict(PERSON.USER_ID).doUpdate()
                .set(PERSON.USERNAME, DSL.excluded(PERSON.USERNAME))
                .set(PERSON.NAME, DSL.coalesce(DSL.excluded(PERSON.NAME), PERSON.NAME))
                .set(PERSON.EMAIL, DSL.excluded(PERSON.EMAIL))
                .set(PERSON.HOUSEHOLD_MEMBER_COUNT, DSL.excluded(PERSON.HOUSEHOLD_MEMBER_COUNT))
                .set(PERSON.ALLERGIES, DSL.excluded(PERSON.ALLERGIES))
                .set(PERSON.DIETARY_PREFERENCES, DSL.excluded(PERSON.DIETARY_PREFERENCES))
                .set(PERSON.SAVED_AT, DSL.excluded(PERSON.SAVED_AT))
                .where(PERSON.SAVED_AT.lt(DSL.excluded(PERSON.SAVED_AT)))
                .execute();
    }

    /** Leads that met the person before their copy arrived get the name and email they were missing. */
    void fillLeadsOf(Person person, Instant now) {
        db.update(LEAD)
                .set(LEAD.FIRST_NAME, DSL.when(LEAD.FIRST_NAME.eq(""), person.firstName()).otherwise(LEAD.FIRST_NAME))
                .set(LEAD.LAST_NAME, DSL.when(LEAD.FIRST_NAME.eq(""), person.lastName()).otherwise(LEAD.LAST_NAME))
                .set(LEAD.EMAIL, DSL.coalesce(LEAD.EMAIL, DSL.val(person.email())))
                .set(LEAD.UPDATED_AT, now)
                .where(LEAD.USER_ID.eq(person.userId()))
                .and(LEAD.FIRST_NAME.eq("").or(LEAD.EMAIL.isNull()))
                .execute();
    }

    void saveChef(ChefCard chef, Instant changedAt) {
        db.insertInto(CHEF)
                .set(CHEF.CHEF_ID, chef.chefId())
                .set(CHEF.USER_ID, chef.userId())
                .set(CHEF.USERNAME, chef.username())
                .set(CHEF.DISPLAY_NAME, chef.displayName())
                .set(CHEF.PROFILE_PIC_URL, chef.profilePicUrl())
                .set(CHEF.LISTED, chef.listed())
                .set(CHEF.CHANGED_AT, changedAt)
                .onConflict(CHEF.CHEF_ID).doUpdate()
                .set(CHEF.USERNAME, DSL.excluded(CHEF.USERNAME))
                .set(CHEF.DISPLAY_NAME, DSL.excluded(CHEF.DISPLAY_NAME))
                .set(CHEF.PROFILE_PIC_URL, DSL.excluded(CHEF.PROFILE_PIC_URL))
                .set(CHEF.LISTED, DSL.excluded(CHEF.LISTED))
                .set(CHEF.CHANGED_AT, DSL.excluded(CHEF.CHANGED_AT))
                .where(CHEF.CHANGED_AT.lt(DSL.excluded(CHEF.CHANGED_AT)))
                .execute();
    }

    Optional<Person> person(UUID userId) {
        return db.selectFrom(PERSON).where(PERSON.USER_ID.eq(userId)).fetchOptional(CrmPeopleRepository::person);
    }

    Optional<Person> personByPublicId(long publicId) {
        return db.selectFrom(PERSON).where(PERSON.PUBLIC_ID.eq(publicId)).fetchOptional(CrmPeopleRepository::person);
    }

    Map<UUID, Person> people(Collection<UUID> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return db.selectFrom(PERSON).where(PERSON.USER_ID.in(userIds)).fetch(CrmPeopleRepository::person).stream()
                .collect(Collectors.toMap(Person::userId, Function.identity()));
    }

    Optional<ChefCard> chef(long chefId) {
        return db.selectFrom(CHEF).where(CHEF.CHEF_ID.eq(chefId)).fetchOptional(CrmPeopleRepository::chef);
    }

    Optional<ChefCard> chefOfUser(UUID userId) {
        return db.selectFrom(CHEF).where(CHEF.USER_ID.eq(userId)).fetchOptional(CrmPeopleRepository::chef);
    }

    Map<UUID, ChefCard> chefsOfUsers(Collection<UUID> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        List<ChefCard> found = db.selectFrom(CHEF).where(CHEF.USER_ID.in(userIds)).fetch(CrmPeopleRepository::chef);
        return found.stream().collect(Collectors.toMap(ChefCard::userId, Function.identity()));
    }

    private static Person person(Record row) {
        return new Person(row.get(PERSON.USER_ID), row.get(PERSON.PUBLIC_ID), row.get(PERSON.USERNAME),
                row.get(PERSON.NAME), row.get(PERSON.EMAIL), row.get(PERSON.HOUSEHOLD_MEMBER_COUNT),
                List.of(row.get(PERSON.ALLERGIES)), List.of(row.get(PERSON.DIETARY_PREFERENCES)));
    }

    private static ChefCard chef(Record row) {
        return new ChefCard(row.get(CHEF.CHEF_ID), row.get(CHEF.USER_ID), row.get(CHEF.USERNAME),
                row.get(CHEF.DISPLAY_NAME), row.get(CHEF.PROFILE_PIC_URL), row.get(CHEF.LISTED));
    }
}
