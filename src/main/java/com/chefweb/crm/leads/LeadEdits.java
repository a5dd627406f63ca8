package com.chefweb.crm.leads;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.chefweb.shared.contact.EmailAddress;
import com.chefweb.shared.contact.PhoneNumber;
import com.chefweb.shared.refusal.FieldProblem;
import com.chefweb.shared.refusal.FreeText;
import com.chefweb.shared.refusal.Refusal;
import com.chefweb.shared.web.Provided;

/**
 * What a chef does to their own leads by hand: add a client, edit, set the stage, plan the next step, note a call,
 * describe the household, delete. Another chef's lead is not found.
 */
@Service
public class LeadEdits {

    static final Set<String> HAND_SOURCES = Set.of("web", "referral", "outbound", "event", "other");
    static final Set<String> HAND_KINDS = Set.of("note", "call", "email", "meeting", "message");

    private final LeadRepository leads;
    private final Clock clock;

    LeadEdits(LeadRepository leads, Clock clock) {
        this.leads = leads;
        this.clock = clock;
    }

    /** @throws Refusal.Conflict when the chef has a lead with this email already */
    @Transactional
    public Lead create(UUID chefUserId, LeadForm form) {
        Instant now = clock.instant();
        Lead blank = new Lead(0, chefUserId, null, "", "", null, null, null, "referral", Stage.NEW, false, null,
                false, null, "", null, null, null, List.of(), List.of(), now, null, "", now, now);
        List<FieldProblem> problems = new ArrayList<>();
        Lead lead = applied(blank, form, problems, now);
        if (lead.firstName().isEmpty()) {
            problems.add(new FieldProblem("first_name", "Give the client's first name"));
        }
        String source = sourceOf(form.source(), problems);
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        leads.lockLeadsOf(chefUserId);
        refuseSecondEmail(chefUserId, lead.email(), 0);
        try {
            long id = leads.insert(withSource(lead, source == null ? "referral" : source));
            leads.note(id, chefUserId, "note", "Added by hand", Map.of(), null, null, true, now, now);
            return leads.find(chefUserId, id).orElseThrow();
        } catch (DuplicateKeyException taken) {
            throw Refusal.conflict("You have a client with this email already");
        }
    }

    /** Changes what was sent; a stage set here is the chef's, which automation never moves back. */
    @Transactional
    public Lead change(UUID chefUserId, long id, LeadForm form) {
        leads.lockLeadsOf(chefUserId);
        Lead current = leads.lock(chefUserId, id).orElseThrow(() -> Refusal.notFound("Lead not found"));
        Instant now = clock.instant();
        List<FieldProblem> problems = new ArrayList<>();
        Lead changed = applied(current, form, problems, now);
        if (form.firstName() != null && changed.firstName().isEmpty()) {
            problems.add(new FieldProblem("first_name", "Give the client's first name"));
        }
        String source = sourceOf(form.source(), problems);
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        if (source != null) {
            changed = withSource(changed, source);
        }
        if (changed.email() != null && !changed.email().equalsIgnoreCase(current.email() == null ? "" : current.email())) {
            refuseSecondEmail(chefUserId, changed.email(), id);
        }
        if (changed.stage() != current.stage()) {
            leads.note(id, chefUserId, "note", "Stage set to " + changed.stage().code(),
                    Map.of("from", current.stage().code(), "to", changed.stage().code()), null, null, true, now, now);
        }
        try {
            leads.update(changed);
        } catch (DuplicateKeyException taken) {
            throw Refusal.conflict("You have a client with this email already");
        }
        return leads.find(chefUserId, id).orElseThrow();
    }

    @Transactional
    public void delete(UUID chefUserId, long id) {
        leads.lockLeadsOf(chefUserId);
        leads.lock(chefUserId, id).orElseThrow(() -> Refusal.notFound("Lead not found"));
        leads.delete(id, clock.instant());
    }

    /**
     * Notes what the chef did or learned (a call, a meeting, a note) on the timeline.
     *
     * @param kind {@code note} (the default), {@code call}, {@code email}, {@code meeting} or {@code message}
     * @param occurredAt when it happened; null: now
     */
    @Transactional
    public Interaction note(UUID chefUserId, long id, @Nullable String kind, @Nullable String summary,
            @Nullable String details, @Nullable String occurredAt) {
        leads.lockLeadsOf(chefUserId);
        Lead lead = leads.lock(chefUserId, id).orElseThrow(() -> Refusal.notFound("Lead not found"));
        List<FieldProblem> problems = new ArrayList<>();
        String type = kind == null || kind.isBlank() ? "note" : kind.strip();
        if (!HAND_KINDS.contains(type)) {
            problems.add(new FieldProblem("interaction_type", "Choose one of " + String.join(", ", HAND_KINDS)));
        }
        String text = FreeText.check("summary", summary, 2000, true, problems);
        if (text == null && problems.isEmpty()) {
            problems.add(new FieldProblem("summary", "Write what happened"));
        }
        String more = FreeText.check("details", details, 4000, true, problems);
        Instant now = clock.instant();
        Instant at = occurredAt == null || occurredAt.isBlank() ? now : instant("happened_at", occurredAt, problems);
        if (at != null && at.isAfter(now.plusSeconds(300))) {
            problems.add(new FieldProblem("happened_at", "Give a time that has passed"));
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        long noted = leads.note(lead.id(), chefUserId, type, text, more == null ? Map.of() : Map.of("details", more),
                null, null, true, at, now).orElseThrow();
        if (at.isAfter(lead.lastActivityAt())) {
            leads.update(copy(lead, lead.stage(), lead.stageSetByHand(), at, now));
        }
        return leads.interaction(noted).orElseThrow();
    }

    @Transactional
    public HouseholdMember addMember(UUID chefUserId, long leadId, MemberForm form) {
        leads.lockLeadsOf(chefUserId);
        Lead lead = leads.lock(chefUserId, leadId).orElseThrow(() -> Refusal.notFound("Lead not found"));
        HouseholdMember member = appliedMember(new HouseholdMember(0, lead.id(), "", "", null, List.of(), List.of(),
                ""), form, true);
        long id = leads.insertMember(member, clock.instant());
        return leads.member(lead.id(), id).orElseThrow();
    }

    @Transactional
    public HouseholdMember changeMember(UUID chefUserId, long leadId, long memberId, MemberForm form) {
        leads.lockLeadsOf(chefUserId);
        Lead lead = leads.lock(chefUserId, leadId).orElseThrow(() -> Refusal.notFound("Lead not found"));
        HouseholdMember current = leads.member(lead.id(), memberId)
                .orElseThrow(() -> Refusal.notFound("Household member not found"));
        leads.updateMember(appliedMember(current, form, false));
        return leads.member(lead.id(), memberId).orElseThrow();
    }

    @Transactional
    public void deleteMember(UUID chefUserId, long leadId, long memberId) {
        leads.lockLeadsOf(chefUserId);
        Lead lead = leads.lock(chefUserId, leadId).orElseThrow(() -> Refusal.notFound("Lead not found"));
        leads.member(lead.id(), memberId).orElseThrow(() -> Refusal.notFound("Household member not found"));
        leads.deleteMember(memberId);
    }

    private void refuseSecondEmail(UUID chefUserId, @Nullable String email, long self) {
        if (email != null && leads.byEmail(chefUserId, email).filter(other -> other.id() != self).isPresent()) {
            throw Refusal.conflict("You have a client with this email already");
        }
    }

    private static Lead applied(Lead lead, LeadForm form, List<FieldProblem> problems, Instant now) {
        String first = text("first_name", form.firstName(), lead.firstName(), 100, problems);
        String last = text("last_name", form.lastName(), lead.lastName(), 100, problems);
        String email = lead.email();
        if (form.email() != null) {
            String typed = form.email().value();
            email = typed == null || typed.isBlank() ? null : EmailAddress.parse(typed).map(EmailAddress::value)
                    .orElse(null);
            if (typed != null && !typed.isBlank() && email == null) {
                problems.add(new FieldProblem("email", "Enter a valid email address"));
            }
        }
        String phone = lead.phone();
        if (form.phone() != null) {
            String typed = form.phone().value();
            phone = typed == null || typed.isBlank() ? null : PhoneNumber.parse(typed).map(PhoneNumber::value)
                    .orElse(null);
            if (typed != null && !typed.isBlank() && phone == null) {
                problems.add(new FieldProblem("phone", "Enter a phone number with 10 to 15 digits"));
            }
        }
        String company = form.company() == null ? lead.company()
                : FreeText.check("company", form.company().value(), 200, false, problems);
        String notes = text("notes", form.notes(), lead.notes(), 4000, problems, true);
        Stage stage = lead.stage();
        boolean byHand = lead.stageSetByHand();
        Instant setAt = lead.stageSetAt();
        if (form.stage() != null) {
            String word = form.stage().value() == null ? "" : form.stage().value().strip();
            Stage chosen = Stage.of(word).or(() -> Stage.ofAppStatus(word)).orElse(null);
            if (chosen == null) {
                problems.add(new FieldProblem("stage", "Choose new, discovery, proposal, booked, follow_up or lost "
                        + "(or the app's new, contacted, qualified, won, lost)"));
            } else if (chosen != stage && !(chosen == Stage.BOOKED && stage == Stage.FOLLOW_UP)) {
                // a form that sends the stage it shows is no decision; only a change is the chef's
                // "won" for a client being followed up after their event is where they already are
                stage = chosen;
                byHand = true;
                setAt = now;
            }
        }
        boolean priority = Provided.or(form.priority(), lead.priority()) == Boolean.TRUE;
        Long budget = lead.budgetCents();
        if (form.budgetCents() != null) {
            Integer given = form.budgetCents().value();
            if (given != null && given < 0) {
                problems.add(new FieldProblem("budget_cents", "Give the budget in cents, 0 or more"));
            }
            budget = given == null ? null : given.longValue();
        }
        Integer month = Provided.or(form.birthdayMonth(), lead.birthdayMonth());
        if (month != null && (month < 1 || month > 12)) {
            problems.add(new FieldProblem("birthday_month", "Give a month from 1 to 12"));
        }
        Integer day = Provided.or(form.birthdayDay(), lead.birthdayDay());
        if (day != null && (day < 1 || day > 31)) {
            problems.add(new FieldProblem("birthday_day", "Give a day from 1 to 31"));
        }
        LocalDate anniversary = lead.anniversary();
        if (form.anniversary() != null) {
            String typed = form.anniversary().value();
            anniversary = typed == null || typed.isBlank() ? null : date("anniversary", typed, problems);
        }
        List<String> dietary = form.dietaryPreferences() == null ? lead.dietaryPreferences()
                : labels("dietary_preferences", form.dietaryPreferences().value(), problems);
        List<String> allergies = form.allergies() == null ? lead.allergies()
                : labels("allergies", form.allergies().value(), problems);
        Instant nextAt = lead.nextActionAt();
        if (form.nextActionAt() != null) {
            String typed = form.nextActionAt().value();
            nextAt = typed == null || typed.isBlank() ? null : instant("next_action_at", typed, problems);
        }
        String nextNote = text("next_action_note", form.nextActionNote(), lead.nextActionNote(), 1000, problems,
                true);
        return new Lead(lead.id(), lead.chefUserId(), lead.userId(), first, last, email, phone, company,
                lead.source(), stage, byHand, setAt, priority, budget, notes, month, day, anniversary, dietary, allergies,
                lead.lastActivityAt(), nextAt, nextNote, lead.createdAt(), now);
    }

    private static HouseholdMember appliedMember(HouseholdMember member, MemberForm form, boolean creating) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = text("name", form.name(), member.name(), 100, problems);
        if (name.isEmpty() && (creating || form.name() != null)) {
            problems.add(new FieldProblem("name", "Give the household member's name"));
        }
        String relationship = text("relationship", form.relationship(), member.relationship(), 50, problems);
        Integer age = Provided.or(form.age(), member.age());
        if (form.age() != null && age != null && (age < 0 || age > 130)) {
            problems.add(new FieldProblem("age", "Give an age from 0 to 130"));
        }
        List<String> dietary = form.dietaryPreferences() == null ? member.dietaryPreferences()
                : labels("dietary_preferences", form.dietaryPreferences().value(), problems);
        List<String> allergies = form.allergies() == null ? member.allergies()
                : labels("allergies", form.allergies().value(), problems);
        String notes = text("notes", form.notes(), member.notes(), 1000, problems, true);
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        return new HouseholdMember(member.id(), member.leadId(), name, relationship, age, dietary, allergies, notes);
    }

    private static String text(String field, @Nullable Provided<String> given, String current, int max,
            List<FieldProblem> problems) {
        return text(field, given, current, max, problems, false);
    }

    private static String text(String field, @Nullable Provided<String> given, String current, int max,
            List<FieldProblem> problems, boolean paragraphs) {
        if (given == null) {
            return current;
        }
        String checked = FreeText.check(field, given.value(), max, paragraphs, problems);
        return checked == null ? "" : checked;
    }

    /** Dietary preferences or allergies: short labels, each once. */
    private static List<String> labels(String field, @Nullable List<String> given, List<FieldProblem> problems) {
        if (given == null) {
            return List.of();
        }
        Set<String> kept = new LinkedHashSet<>();
        for (String label : given) {
            String checked = FreeText.check(field, label, 50, false, problems);
            if (checked != null) {
                kept.add(checked);
            }
        }
        if (kept.size() > 30) {
            problems.add(new FieldProblem(field, "Give at most 30"));
        }
        return List.copyOf(kept);
    }

    private static @Nullable String sourceOf(@Nullable Provided<String> given, List<FieldProblem> problems) {
        if (given == null || given.value() == null || given.value().isBlank()) {
            return null;
        }
        String source = given.value().strip();
        if (!HAND_SOURCES.contains(source)) {
            problems.add(new FieldProblem("source", "Choose web, referral, outbound, event or other"));
            return null;
        }
        return source;
    }

    private static @Nullable LocalDate date(String field, String typed, List<FieldProblem> problems) {
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeException notADate) {
            problems.add(new FieldProblem(field, "Give the date as YYYY-MM-DD"));
            return null;
        }
    }

    private static @Nullable Instant instant(String field, String typed, List<FieldProblem> problems) {
        String text = typed.strip();
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : java.time.OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException notATime) {
            problems.add(new FieldProblem(field, "Give a time such as 2026-12-01T17:00:00Z, or a date"));
            return null;
        }
    }

    private static Lead withSource(Lead lead, String source) {
        return new Lead(lead.id(), lead.chefUserId(), lead.userId(), lead.firstName(), lead.lastName(), lead.email(),
                lead.phone(), lead.company(), source, lead.stage(), lead.stageSetByHand(), lead.stageSetAt(), lead.priority(),
                lead.budgetCents(), lead.notes(), lead.birthdayMonth(), lead.birthdayDay(), lead.anniversary(),
                lead.dietaryPreferences(), lead.allergies(), lead.lastActivityAt(), lead.nextActionAt(),
                lead.nextActionNote(), lead.createdAt(), lead.updatedAt());
    }

    private static Lead copy(Lead lead, Stage stage, boolean byHand, Instant lastActivity, Instant now) {
        return new Lead(lead.id(), lead.chefUserId(), lead.userId(), lead.firstName(), lead.lastName(), lead.email(),
                lead.phone(), lead.company(), lead.source(), stage, byHand, lead.stageSetAt(), lead.priority(),
                lead.budgetCents(),
                lead.notes(), lead.birthdayMonth(), lead.birthdayDay(), lead.anniversary(), lead.dietaryPreferences(),
                lead.allergies(), lastActivity, lead.nextActionAt(), lead.nextActionNote(), lead.createdAt(), now);
    }
}
