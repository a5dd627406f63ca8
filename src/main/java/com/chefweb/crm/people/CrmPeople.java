package com.chefweb.crm.people;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The marketplace's customers and chefs as the CRM knows them, from identity's and chefs' announcements. */
@Component
@Transactional(readOnly = true)
public class CrmPeople {

    private final CrmPeopleRepository people;

    CrmPeople(CrmPeopleRepository people) {
        this.people = people;
    }

    public Optional<Person> person(UUID userId) {
        return people.person(userId);
    }

    /** By the integer id the app's payloads carry. */
    public Optional<Person> personByPublicId(long publicId) {
        return people.personByPublicId(publicId);
    }

    public Map<UUID, Person> people(Collection<UUID> userIds) {
        return people.people(userIds);
    }

    public Optional<ChefCard> chef(long chefId) {
        return people.chef(chefId);
    }

    public Optional<ChefCard> chefOfUser(UUID userId) {
        return people.chefOfUser(userId);
    }

    public Map<UUID, ChefCard> chefsOfUsers(Collection<UUID> userIds) {
        return people.chefsOfUsers(userIds);
    }
}
