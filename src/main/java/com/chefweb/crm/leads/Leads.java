package com.chefweb.crm.leads;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.chefweb.crm.events.ClientFact;
import com.chefweb.crm.people.CrmPeople;
import com.chefweb.crm.people.Person;
import com.chefweb.shared.contact.EmailAddress;
import com.chefweb.shared.refusal.Refusal;

/**
 * Chefs' leads and their timelines. {@link #noteFact} is the one way a fact from elsewhere reaches a lead (the
 * directive's {@code create_or_update_lead_for_user}): it finds the chef's lead for the person or opens one, notes
 * the fact once, and moves the stage forward when the fact says so.
 */
@Service
public class Leads {

    private static final Logger log = LoggerFactory.getLogger(Leads.class);
    static final int TIMELINE_LENGTH = 200;

    private final LeadRepository leads;
    private final CrmPeople people;
    private final Clock clock;

    Leads(LeadRepository leads, CrmPeople people, Clock clock) {
        this.leads = leads;
        this.people = people;
        this.clock = clock;
    }

    /**
     * Notes what a person did on the chef's lead for them, opening the lead when there is none. A fact whose cause
     * was noted before changes nothing, so a redelivered event is harmless.
     *
     * @return the lead, or empty when the fact was noted before or names nobody the chef has a lead for
     */
    @Transactional
    public Optional<Lead> noteFact(ClientFact fact) {
        leads.lockLeadsOf(fact.chefUserId());
        if (leads.causeNoted(fact.chefUserId(), fact.cause())) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant at = fact.occurredAt() == null ? now : fact.occurredAt();
        @Nullable Person person = fact.customerUserId() == null ? null
                : people.person(fact.customerUserId()).orElse(null);
        @Nullable String email = email(fact.email(), person);
        // the row is locked too, so a chef's edit committed meanwhile is read, not written over
        Optional<Lead> found = find(fact, email).flatMap(lead -> leads.lock(fact.chefUserId(), lead.id()));
        if (found.isEmpty() && fact.customerUserId() == null && email == null && phone(fact.phone()) == null) {
            // a later fact about a subject whose first fact the CRM never heard (an old booking): nobody to note it on
            log.info("No lead for {} of {}; not noted", fact.cause(), fact.subject());
            return Optional.empty();
        }
        Lead lead = found.orElseGet(() -> open(fact, person, email, at, now));
        leads.note(lead.id(), fact.chefUserId(), fact.kind(), cut(fact.summary(), 2000), capped(fact.payload()),
                fact.cause(), fact.subject(), false, at, now);
        Lead updated = advanced(lead, fact, person, email, at, now);
        if (!updated.equals(lead)) {
            leads.update(updated);
        }
        return Optional.of(updated);
    }

    private Optional<Lead> find(ClientFact fact, @Nullable String email) {
        if (fact.customerUserId() != null) {
            Optional<Lead> ofAccount = leads.byAccount(fact.chefUserId(), fact.customerUserId());
            if (ofAccount.isPresent()) {
                return ofAccount;
            }
        }
        if (email != null) {
            Optional<Lead> ofEmail = leads.byEmail(fact.chefUserId(), email)
                    .filter(lead -> lead.userId() == null || lead.userId().equals(fact.customerUserId()));
            if (ofEmail.isPresent()) {
                return ofEmail;
            }
        }
        if (fact.customerUserId() != null || email != null) {
            return Optional.empty();
        }
        Optional<Lead> ofSubject = leads.bySubject(fact.chefUserId(), fact.subject());
        String phone = phone(fact.phone());
        return ofSubject.isPresent() || phone == null ? ofSubject : leads.byPhone(fact.chefUserId(), phone);
    }

    private Lead open(ClientFact fact, @Nullable Person person, @Nullable String email, Instant at, Instant now) {
        String[] names = names(fact.name(), person);
        Lead lead = new Lead(0, fact.chefUserId(), fact.customerUserId(), names[0], names[1], email,
                phone(fact.phone()), null, source(fact.kind(), fact.payload()), Stage.NEW, false, null, false, null, "",
                null, null, null, person == null ? List.of() : person.dietaryPreferences(),
                person == null ? List.of() : person.allergies(), at, null, "", now, now);
        long id = leads.insert(lead);
        log.info("Lead {} opened for chef {} from {}", id, fact.chefUserId(), fact.cause());
        return leads.find(fact.chefUserId(), id).orElseThrow();
    }

    /** The lead with the fact applied: later activity, the stage moved forward, what it lacked filled in. */
    private static Lead advanced(Lead lead, ClientFact fact, @Nullable Person person, @Nullable String email,
            Instant at, Instant now) {
        Stage stage = lead.stage();
        boolean byHand = lead.stageSetByHand();
        Stage reached = fact.stage() == null ? null : Stage.of(fact.stage()).orElse(null);
        // a stage the chef set is moved only by what happened after they set it, and only forward
        boolean sinceTheChef = !lead.stageSetByHand() || lead.stageSetAt() == null || at.isAfter(lead.stageSetAt());
        if (reached != null && stage.before(reached) && sinceTheChef) {
            stage = reached;
            byHand = false;
        }
        String[] names = lead.firstName().isEmpty() ? names(fact.name(), person)
                : new String[] {lead.firstName(), lead.lastName()};
        Lead next = new Lead(lead.id(), lead.chefUserId(), lead.userId() == null ? fact.customerUserId() : lead.userId(),
                names[0], names[1], lead.email() == null ? email : lead.email(),
                lead.phone() == null ? phone(fact.phone()) : lead.phone(), lead.company(), lead.source(), stage, byHand,
                lead.stageSetAt(), lead.priority(), lead.budgetCents(), lead.notes(), lead.birthdayMonth(), lead.birthdayDay(),
                lead.anniversary(), lead.dietaryPreferences(), lead.allergies(),
                at.isAfter(lead.lastActivityAt()) ? at : lead.lastActivityAt(), lead.nextActionAt(),
                lead.nextActionNote(), lead.createdAt(), lead.updatedAt());
        return next.equals(lead) ? lead : withUpdatedAt(next, now);
    }

    private static Lead withUpdatedAt(Lead lead, Instant now) {
        return new Lead(lead.id(), lead.chefUserId(), lead.userId(), lead.firstName(), lead.lastName(), lead.email(),
                lead.phone(), lead.company(), lead.source(), lead.stage(), lead.stageSetByHand(), lead.stageSetAt(), lead.priority(),
                lead.budgetCents(), lead.notes(), lead.birthdayMonth(), lead.birthdayDay(), lead.anniversary(),
                lead.dietaryPreferences(), lead.allergies(), lead.lastActivityAt(), lead.nextActionAt(),
                lead.nextActionNote(), lead.createdAt(), now);
    }

    private static String[] names(@Nullable String given, @Nullable Person person) {
        String name = given != null && !given.isBlank() ? given.strip() : person == null ? "" : person.displayName();
        name = name.length() > 201 ? name.substring(0, 201) : name;
        int space = name.indexOf(' ');
        String first = space < 0 ? name : name.substring(0, space);
        String last = space < 0 ? "" : name.substring(space + 1).strip();
        return new String[] {first.length() > 100 ? first.substring(0, 100) : first,
                last.length() > 100 ? last.substring(0, 100) : last};
    }

    private static @Nullable String email(@Nullable String given, @Nullable Person person) {
        if (given != null) {
            Optional<EmailAddress> parsed = EmailAddress.parse(given);
            if (parsed.isPresent()) {
                return parsed.get().value();
            }
        }
        return person == null ? null : person.email();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** Details shown on the timeline, each value within what a timeline shows. */
    private static Map<String, String> capped(Map<String, String> payload) {
        Map<String, String> capped = new java.util.HashMap<>();
        payload.forEach((key, value) -> capped.put(key, cut(value, 2000)));
        return capped;
    }

    private static @Nullable String phone(@Nullable String given) {
        return given == null || given.isBlank() || given.length() > 20 ? null : given.strip();
    }

    private static String source(String kind, Map<String, String> payload) {
        String channel = payload.get("channel");
        if (channel != null && (channel.equals("chatbot") || channel.equals("contact_form"))) {
            return channel;
        }
        return switch (kind) {
            case "favorite", "waitlist", "message", "connection", "order", "booking" -> kind;
            case "payment", "completion", "cancellation" -> "order";
            default -> "other";
        };
    }

    @Transactional(readOnly = true)
    public Lead get(UUID chefUserId, long id) {
        return leads.find(chefUserId, id).orElseThrow(() -> Refusal.notFound("Lead not found"));
    }

    @Transactional(readOnly = true)
    public List<Interaction> timeline(UUID chefUserId, long id) {
        return leads.timeline(get(chefUserId, id).id(), TIMELINE_LENGTH);
    }

    @Transactional(readOnly = true)
    public List<HouseholdMember> household(UUID chefUserId, long id) {
        return leads.household(get(chefUserId, id).id());
    }

    @Transactional(readOnly = true)
    public Map<Long, List<HouseholdMember>> households(List<Long> leadIds) {
        return leads.households(leadIds);
    }

    /** @return the page and how many match in all */
    @Transactional(readOnly = true)
    public LeadPage page(UUID chefUserId, LeadQuery query) {
        return new LeadPage(leads.page(chefUserId, query), leads.count(chefUserId, query));
    }

    /** The orders each lead paid for, as their timelines note them. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> paidOrders(List<Long> leadIds) {
        return leads.payments(leadIds);
    }

    /** Every live lead of the chef, newest first, up to a limit. */
    @Transactional(readOnly = true)
    public List<Lead> all(UUID chefUserId, int limit) {
        return leads.all(chefUserId, limit);
    }

    public record LeadPage(List<Lead> leads, int total) {
    }
}
