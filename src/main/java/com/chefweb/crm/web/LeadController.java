package com.chefweb.crm.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import com.chefweb.crm.leads.Interaction;
import com.chefweb.crm.leads.Lead;
import com.chefweb.crm.leads.LeadEdits;
import com.chefweb.crm.leads.LeadQuery;
import com.chefweb.crm.leads.Leads;
import com.chefweb.crm.leads.Stage;
import com.chefweb.crm.people.CrmPeople;
import com.chefweb.crm.people.Person;
import com.chefweb.crm.web.LeadViews.InteractionView;
import com.chefweb.crm.web.LeadViews.LeadView;
import com.chefweb.crm.web.LeadViews.MemberView;
import com.chefweb.shared.refusal.Refusal;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;
import com.chefweb.shared.web.JsonFields;
import com.chefweb.shared.web.Paging;
import com.chefweb.shared.web.Provided;

/**
 * A chef's leads, under the directive's {@code /crm/api/leads/} and the app's {@code /chefs/api/me/leads/}: the same
 * leads, in one shape both read. Staff work on the storefront's own leads here. Another chef's lead is not found.
 */
@RestController
@Tag(name = "Leads", description = "A chef's leads, their stages, timeline and households")
class LeadController {

    private static final Set<String> FACT_SOURCES = Set.of("favorite", "waitlist", "message", "connection", "order",
            "booking", "chatbot", "contact_form");

    private final Leads leads;
    private final LeadEdits edits;
    private final CrmPeople people;
    private final Clock clock;

    LeadController(Leads leads, LeadEdits edits, CrmPeople people, Clock clock) {
        this.leads = leads;
        this.edits = edits;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping({"/crm/api/leads", "/crm/api/leads/", "/chefs/api/me/leads", "/chefs/api/me/leads/"})
    @Access({Level.CHEF, Level.STAFF})
    @Operation(summary = "The caller's leads: by stage (or the app's status), source, priority, search; paged and "
            + "ordered")
    ListPage<LeadView> list(@RequestParam(required = false) @Nullable String stage,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String source,
            @RequestParam(name = "is_priority", required = false) @Nullable String priority,
            @RequestParam(required = false) @Nullable String search,
            @RequestParam(required = false) @Nullable String ordering,
            @RequestParam(required = false) @Nullable String page,
            @RequestParam(name = "page_size", required = false) @Nullable String pageSize) {
        Paging paging = Paging.of(page, pageSize, null, null, 25);
        LeadQuery query = new LeadQuery(stages(stage, status), sources(source), priority(priority),
                search == null || search.isBlank() ? null : search.strip(), ordering(ordering), paging.page(),
                paging.pageSize());
        Leads.LeadPage found = leads.page(Caller.leadOwner(), query);
        Map<UUID, Person> persons = persons(found.leads());
        Map<Long, List<com.chefweb.crm.leads.HouseholdMember>> households = leads.households(
                found.leads().stream().map(Lead::id).toList());
        return ListPage.of(found.leads().stream().map(lead -> LeadViews.view(lead,
                lead.userId() == null ? null : persons.get(lead.userId()),
                households.getOrDefault(lead.id(), List.of()), null, clock.instant())).toList(), found.total(), paging);
    }

    @GetMapping({"/crm/api/leads/{id}", "/crm/api/leads/{id}/", "/chefs/api/me/leads/{id}",
            "/chefs/api/me/leads/{id}/"})
    @Access({Level.CHEF, Level.STAFF})
    @Operation(summary = "One lead with its household and timeline, newest first")
    LeadView get(@PathVariable long id) {
        return detail(Caller.leadOwner(), leads.get(Caller.leadOwner(), id));
    }

    @PostMapping({"/crm/api/leads", "/crm/api/leads/", "/chefs/api/me/leads", "/chefs/api/me/leads/"})
    @Access({Level.CHEF, Level.STAFF})
    @Operation(summary = "Add a client by hand (the app's \"Add client\")")
    ResponseEntity<LeadView> create(@RequestBody JsonNode body) {
        JsonFields fields = JsonFields.of(body);
        var form = LeadViews.form(fields);
        fields.refuseIfAny();
        UUID owner = Caller.leadOwner();
        return ResponseEntity.status(HttpStatus.CREATED).body(detail(owner, edits.create(owner, form)));
    }

    @PatchMapping({"/crm/api/leads/{id}", "/crm/api/leads/{id}/", "/chefs/api/me/leads/{id}",
            "/chefs/api/me/leads/{id}/"})
    @Access({Level.CHEF, Level.STAFF})
    @Operation(summary = "Change a lead: stage, next action, notes, contact details, preferences")
    LeadView change(@PathVariable long id, @RequestBody JsonNode body) {
        JsonFields fields = JsonFields.of(body);
        var form = LeadViews.form(fields);
        fields.refuseIfAny();
        UUID owner = Caller.leadOwner();
        return detail(owner, edits.change(owner, id, form));
    }

    @DeleteMapping({"/crm/api/leads/{id}", "/crm/api/leads/{id}/", "/chefs/api/me/leads/{id}",
            "/chefs/api/me/leads/{id}/"})
    @Access({Level.CHEF, Level.STAFF})
    @Operation(summary = "Remove a lead and their household")
    ResponseEntity<Void> delete(@PathVariable long id) {
        edits.delete(Caller.leadOwner(), id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping({"/crm/api/leads/{id}/interactions", "/crm/api/leads/{id}/interactions/",
            "/chefs/api/me/leads/{id}/interactions", "/chefs/api/me/leads/{id}/interactions/"})
    @Access({Level.CHEF, Level.STAFF})
    @Operation(summary = "A lead's timeline, newest first")
    List<InteractionView> timeline(@PathVariable long id) {
        return leads.timeline(Caller.leadOwner(), id).stream().map(InteractionView::of).toList();
    }

    @PostMapping({"/crm/api/leads/{id}/notes", "/crm/api/leads/{id}/notes/", "/crm/api/leads/{id}/interactions",
            "/crm/api/leads/{id}/interactions/", "/chefs/api/me/leads/{id}/interactions",
            "/chefs/api/me/leads/{id}/interactions/"})
    @Access({Level.CHEF, Level.STAFF})
    @Operation(summary = "Note a call, a meeting, an email or a thought on a lead's timeline")
    ResponseEntity<InteractionView> note(@PathVariable long id, @RequestBody JsonNode body) {
        JsonFields fields = JsonFields.of(body);
        Provided<String> type = fields.text("interaction_type");
        Provided<String> kind = fields.text("type");
        Provided<String> summary = fields.text("summary");
        Provided<String> note = fields.text("note");
        Provided<String> details = fields.text("details");
        Provided<String> happenedAt = fields.text("happened_at");
        fields.refuseIfAny();
        Interaction noted = edits.note(Caller.leadOwner(), id, value(type != null ? type : kind),
                value(summary != null ? summary : note), value(details), value(happenedAt));
        return ResponseEntity.status(HttpStatus.CREATED).body(InteractionView.of(noted));
    }

    @GetMapping({"/chefs/api/me/leads/{id}/household", "/chefs/api/me/leads/{id}/household/"})
    @Access({Level.CHEF, Level.STAFF})
    @Operation(summary = "The people in a lead's household")
    List<MemberView> household(@PathVariable long id) {
        return leads.household(Caller.leadOwner(), id).stream().map(MemberView::of).toList();
    }

    @PostMapping({"/chefs/api/me/leads/{id}/household", "/chefs/api/me/leads/{id}/household/"})
    @Access({Level.CHEF, Level.STAFF})
    @Operation(summary = "Add someone to a lead's household, with what they eat and their allergies")
    ResponseEntity<MemberView> addMember(@PathVariable long id, @RequestBody JsonNode body) {
        JsonFields fields = JsonFields.of(body);
        var form = LeadViews.memberForm(fields);
        fields.refuseIfAny();
        return ResponseEntity.status(HttpStatus.CREATED).body(MemberView.of(edits.addMember(Caller.leadOwner(), id, form)));
    }

    @PatchMapping({"/chefs/api/me/leads/{id}/household/{memberId}", "/chefs/api/me/leads/{id}/household/{memberId}/"})
    @Access({Level.CHEF, Level.STAFF})
    @Operation(summary = "Change a household member")
    MemberView changeMember(@PathVariable long id, @PathVariable long memberId, @RequestBody JsonNode body) {
        JsonFields fields = JsonFields.of(body);
        var form = LeadViews.memberForm(fields);
        fields.refuseIfAny();
        return MemberView.of(edits.changeMember(Caller.leadOwner(), id, memberId, form));
    }

    @DeleteMapping({"/chefs/api/me/leads/{id}/household/{memberId}",
            "/chefs/api/me/leads/{id}/household/{memberId}/"})
    @Access({Level.CHEF, Level.STAFF})
    @Operation(summary = "Remove someone from a lead's household")
    ResponseEntity<Void> deleteMember(@PathVariable long id, @PathVariable long memberId) {
        edits.deleteMember(Caller.leadOwner(), id, memberId);
        return ResponseEntity.noContent().build();
    }

    private LeadView detail(UUID owner, Lead lead) {
        Person person = lead.userId() == null ? null : people.person(lead.userId()).orElse(null);
        return LeadViews.view(lead, person, leads.household(owner, lead.id()), leads.timeline(owner, lead.id()),
                clock.instant());
    }

    private Map<UUID, Person> persons(List<Lead> found) {
        return people.people(found.stream().map(Lead::userId).filter(java.util.Objects::nonNull).distinct().toList());
    }

    private static @Nullable String value(@Nullable Provided<String> provided) {
        return provided == null ? null : provided.value();
    }

    /** The app's "won" is both booked and followed up after the event. */
    private static List<Stage> stages(@Nullable String stage, @Nullable String status) {
        if (stage != null && !stage.isBlank()) {
            return List.of(Stage.of(stage.strip()).orElseThrow(() -> Refusal.invalid("stage",
                    "Choose new, discovery, proposal, booked, follow_up or lost")));
        }
        if (status != null && !status.isBlank()) {
            Stage chosen = Stage.ofAppStatus(status.strip()).orElseThrow(() -> Refusal.invalid("status",
                    "Choose new, contacted, qualified, won or lost"));
            return chosen == Stage.BOOKED ? List.of(Stage.BOOKED, Stage.FOLLOW_UP) : List.of(chosen);
        }
        return List.of();
    }

    /** The app's "web" stands for every lead that began on the platform. */
    private static List<String> sources(@Nullable String source) {
        if (source == null || source.isBlank()) {
            return List.of();
        }
        String word = source.strip();
        if (word.equals("web")) {
            return java.util.stream.Stream.concat(FACT_SOURCES.stream(), java.util.stream.Stream.of("web")).toList();
        }
        if (FACT_SOURCES.contains(word) || Set.of("referral", "outbound", "event", "other").contains(word)) {
            return List.of(word);
        }
        throw Refusal.invalid("source", "Choose web, referral, outbound, event or other (or how a lead began, such "
                + "as favorite or order)");
    }

    private static @Nullable Boolean priority(@Nullable String given) {
        if (given == null || given.isBlank()) {
            return null;
        }
        return switch (given.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw Refusal.invalid("is_priority", "Give true or false");
        };
    }

    private static String ordering(@Nullable String given) {
        if (given == null || given.isBlank()) {
            return "-last_activity_at";
        }
        String word = given.strip();
        boolean descending = word.startsWith("-");
        String field = switch (descending ? word.substring(1) : word) {
            case "last_interaction_at", "last_activity_at", "updated_at" -> "last_activity_at";
            case "first_name", "last_name", "name", "full_name" -> "name";
            case "status", "stage" -> "stage";
            case "created_at" -> "created_at";
            case "next_action_at" -> "next_action_at";
            default -> throw Refusal.invalid("ordering", "Order by " + String.join(", ", LeadQuery.ORDERINGS)
                    + ", with - in front for newest or last first");
        };
        return (descending ? "-" : "") + field;
    }
}
