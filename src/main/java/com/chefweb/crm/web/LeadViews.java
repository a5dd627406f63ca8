package com.chefweb.crm.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import com.chefweb.crm.leads.HouseholdMember;
import com.chefweb.crm.leads.Interaction;
import com.chefweb.crm.leads.Lead;
import com.chefweb.crm.people.Person;
import com.chefweb.crm.leads.LeadForm;
import com.chefweb.crm.leads.MemberForm;
import com.chefweb.shared.web.JsonFields;
import com.chefweb.shared.web.Provided;

/** Leads in the words both clients read: the directive's ({@code stage}, {@code name}) and the app's ({@code status}). */
final class LeadViews {

    private LeadViews() {
    }

    /**
     * @param status the stage in the app's words (new, contacted, qualified, won, lost)
     * @param source how the lead began in the app's words (web, referral, outbound, event, other)
     * @param origin how it began exactly ({@code favorite}, {@code order}, {@code contact_form}, …)
     * @param customerId the lead's marketplace account, when they have one
     * @param interactions the timeline, newest first (in a lead's detail only)
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record LeadView(long id, String name, String firstName, String lastName, String fullName, @Nullable String email,
            @Nullable String phone, @Nullable String company, String stage, String status, String source,
            String origin, boolean isPriority, @Nullable Long budgetCents, String notes,
            List<String> dietaryPreferences, List<String> allergies, @Nullable Integer birthdayMonth,
            @Nullable Integer birthdayDay, @Nullable LocalDate anniversary, @Nullable Long customerId,
            Instant lastActivityAt, Instant lastInteractionAt, long daysSinceInteraction,
            @Nullable Instant nextActionAt, String nextActionNote, Instant createdAt, Instant updatedAt,
            int householdSize, List<MemberView> householdMembers,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<InteractionView> interactions) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record MemberView(long id, String name, String relationship, @Nullable Integer age,
            List<String> dietaryPreferences, List<String> allergies, String notes) {

        static MemberView of(HouseholdMember member) {
            return new MemberView(member.id(), member.name(), member.relationship(), member.age(),
                    member.dietaryPreferences(), member.allergies(), member.notes());
        }
    }

    /** @param interactionType the same as {@code type}, as the app names it */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record InteractionView(long id, long lead, String type, String interactionType, String summary,
            Map<String, Object> payload, boolean byChef, Instant occurredAt, Instant happenedAt) {

        static InteractionView of(Interaction interaction) {
            return new InteractionView(interaction.id(), interaction.leadId(), interaction.kind(), interaction.kind(),
                    interaction.summary(), interaction.payload(), interaction.byHand(), interaction.occurredAt(),
                    interaction.occurredAt());
        }
    }

    static LeadView view(Lead lead, @Nullable Person person, List<HouseholdMember> household,
            @Nullable List<Interaction> timeline, Instant now) {
        List<MemberView> members = household.stream().map(MemberView::of).toList();
        return new LeadView(lead.id(), lead.fullName(), lead.firstName(), lead.lastName(), lead.fullName(),
                lead.email(), lead.phone(), lead.company(), lead.stage().code(), lead.stage().appStatus(),
                lead.appSource(), lead.source(), lead.priority(), lead.budgetCents(), lead.notes(),
                lead.dietaryPreferences(), lead.allergies(), lead.birthdayMonth(), lead.birthdayDay(),
                lead.anniversary(), person == null ? null : person.publicId(), lead.lastActivityAt(),
                lead.lastActivityAt(), Math.max(0, Duration.between(lead.lastActivityAt(), now).toDays()),
                lead.nextActionAt(), lead.nextActionNote(), lead.createdAt(), lead.updatedAt(),
                Math.max(1 + members.size(), person == null ? 1 : person.householdMemberCount()), members,
                timeline == null ? null : timeline.stream().map(InteractionView::of).toList());
    }

    /** A lead as a chef wrote it; the stage comes as {@code stage} (the directive) or {@code status} (the app). */
    static LeadForm form(JsonFields fields) {
        Provided<String> stage = fields.text("stage");
        Provided<String> status = fields.text("status");
        Provided<Integer> budget = fields.integer("budget_cents");
        Provided<String> first = fields.text("first_name");
        Provided<String> last = fields.text("last_name");
        Provided<String> name = fields.text("name");
        if (first == null && last == null && name != null) {
            // the directive's one name field: its first word is the first name
            String whole = name.value() == null ? "" : name.value().strip();
            int space = whole.indexOf(' ');
            first = new Provided<>(space < 0 ? whole : whole.substring(0, space));
            last = new Provided<>(space < 0 ? "" : whole.substring(space + 1).strip());
        }
        return new LeadForm(first, last, fields.text("email"), fields.text("phone"), fields.text("company"),
                fields.text("notes"), stage != null ? stage : status, fields.text("source"), fields.bool("is_priority"), budget, fields.integer("birthday_month"),
                fields.integer("birthday_day"), fields.text("anniversary"), fields.strings("dietary_preferences"),
                fields.strings("allergies"), fields.text("next_action_at"), fields.text("next_action_note"));
    }

    static MemberForm memberForm(JsonFields fields) {
        return new MemberForm(fields.text("name"), fields.text("relationship"), fields.integer("age"),
                fields.strings("dietary_preferences"), fields.strings("allergies"), fields.text("notes"));
    }
}
