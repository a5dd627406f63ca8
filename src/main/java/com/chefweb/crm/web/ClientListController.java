package com.chefweb.crm.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import com.chefweb.crm.connections.Connection;
import com.chefweb.crm.connections.Connections;
import com.chefweb.crm.leads.HouseholdMember;
import com.chefweb.crm.leads.Lead;
import com.chefweb.crm.leads.Leads;
import com.chefweb.crm.people.CrmPeople;
import com.chefweb.crm.people.Person;
import com.chefweb.crm.web.LeadViews.MemberView;
import com.chefweb.shared.refusal.Refusal;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;
import com.chefweb.shared.web.Paging;

/**
 * The app's client list: customers connected with the chef on the platform and the chef's other leads (contacts),
 * in one list with a summary of households, diets and allergies.
 */
@RestController
@Tag(name = "Leads", description = "A chef's leads, their stages, timeline and households")
class ClientListController {

    /** A chef's clients are counted in hundreds; beyond this the list shows the most recent. */
    private static final int MOST = 2000;

    private final Leads leads;
    private final Connections connections;
    private final CrmPeople people;
    private final Clock clock;

    ClientListController(Leads leads, Connections connections, CrmPeople people, Clock clock) {
        this.leads = leads;
        this.connections = connections;
        this.people = people;
        this.clock = clock;
    }

    /**
     * @param id {@code platform_<customer id>} or {@code contact_<lead id>}
     * @param status the lead's stage in the app's words, when there is a lead
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Client(String id, String sourceType, String name, @Nullable String email, @Nullable String phone,
            @Nullable Long customerId, @Nullable Long leadId, @Nullable Long connectionId, int householdSize,
            List<MemberView> householdMembers, List<String> dietaryPreferences, List<String> allergies, String notes,
            @Nullable Integer birthdayMonth, @Nullable Integer birthdayDay, @Nullable LocalDate anniversary,
            Instant connectedSince, @Nullable String status, @Nullable String stage) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Summary(int total, int platform, int contacts, int totalPeople, Map<String, Integer> dietaryBreakdown,
            Map<String, Integer> allergyBreakdown) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ClientPage(long count, @Nullable Integer next, @Nullable Integer previous, List<Client> results,
            Summary summary) {
    }

    @GetMapping({"/chefs/api/me/all-clients", "/chefs/api/me/all-clients/"})
    @Access(Level.CHEF)
    @Operation(summary = "The chef's clients: platform connections and contacts, filtered by source "
            + "(platform or contact), searched, ordered by connected_since or name")
    ClientPage list(@RequestParam(required = false) @Nullable String source,
            @RequestParam(required = false) @Nullable String search,
            @RequestParam(required = false) @Nullable String ordering,
            @RequestParam(required = false) @Nullable String page,
            @RequestParam(name = "page_size", required = false) @Nullable String pageSize) {
        if (source != null && !source.isBlank() && !Set.of("platform", "contact").contains(source.strip())) {
            throw Refusal.invalid("source", "Choose platform or contact");
        }
        Paging paging = Paging.of(page, pageSize, null, null, 50);
        List<Client> everyone = clients(Caller.chef());
        List<Client> kept = everyone.stream()
                .filter(client -> source == null || source.isBlank() || client.sourceType().equals(source.strip()))
                .filter(client -> matches(client, search))
                .sorted(order(ordering)).toList();
        ListPage<Client> shown = ListPage.slice(kept, paging);
        // the summary describes everyone the chef serves, whichever part of the list is shown
        return new ClientPage(shown.count(), shown.next(), shown.previous(), shown.results(), summary(everyone));
    }

    @GetMapping({"/chefs/api/me/all-clients/{id}", "/chefs/api/me/all-clients/{id}/"})
    @Access(Level.CHEF)
    @Operation(summary = "One client of the list, by its id in the list")
    Client get(@PathVariable String id) {
        return clients(Caller.chef()).stream().filter(client -> client.id().equals(id)).findFirst()
                .orElseThrow(() -> Refusal.notFound("Client not found"));
    }

    /**
     * A connected customer as the app's family picker reads them.
     *
     * @param totalOrders the orders they paid the chef for
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record PlatformClient(long customerId, String username, String firstName, String lastName, String email,
            int householdSize, List<String> dietaryPreferences, List<String> allergies, int totalOrders,
            Instant connectedSince, long connectionId, @Nullable Long leadId) {
    }

    @GetMapping({"/chefs/api/me/clients", "/chefs/api/me/clients/"})
    @Access(Level.CHEF)
    @Operation(summary = "The chef's connected customers (status accepted, the default, or pending), searched and "
            + "paged")
    ListPage<PlatformClient> platformClients(@RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String search,
            @RequestParam(required = false) @Nullable String page,
            @RequestParam(name = "page_size", required = false) @Nullable String pageSize) {
        String wanted = status == null || status.isBlank() ? "accepted" : status.strip();
        if (!Set.of("accepted", "pending").contains(wanted)) {
            throw Refusal.invalid("status", "Choose accepted or pending");
        }
        Paging paging = Paging.of(page, pageSize, null, null, 50);
        List<PlatformClient> found = platformClients(Caller.chef(), wanted).stream()
                .filter(client -> matches(client, search)).toList();
        return ListPage.slice(found, paging);
    }

    @GetMapping({"/chefs/api/me/clients/{customerId}", "/chefs/api/me/clients/{customerId}/"})
    @Access(Level.CHEF)
    @Operation(summary = "One connected customer, by their id")
    PlatformClient platformClient(@PathVariable long customerId) {
        return platformClients(Caller.chef(), "accepted").stream().filter(client -> client.customerId() == customerId)
                .findFirst().orElseThrow(() -> Refusal.notFound("Client not found"));
    }

    private List<PlatformClient> platformClients(UUID chef, String status) {
        List<Connection> connected = connections.of(chef, true, status).stream()
                .filter(connection -> status.equals("accepted") || connection.initiatedBy().equals("customer"))
                .toList();
        Map<UUID, Person> persons = people.people(connected.stream().map(Connection::customerUserId).distinct()
                .toList());
        Map<UUID, Lead> leadOfAccount = leads.all(chef, MOST).stream().filter(lead -> lead.userId() != null)
                .collect(Collectors.toMap(Lead::userId, Function.identity(), (first, second) -> first));
        Map<Long, Integer> paid = leads.paidOrders(leadOfAccount.values().stream().map(Lead::id).toList());
        List<PlatformClient> clients = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (Connection connection : connected) {
            Person person = persons.get(connection.customerUserId());
            if (person == null || !seen.add(person.userId())) {
                continue;
            }
            Lead lead = leadOfAccount.get(person.userId());
            clients.add(new PlatformClient(person.publicId(), person.username(), person.firstName(), person.lastName(),
                    person.email(), person.householdMemberCount(),
                    union(person.dietaryPreferences(), lead == null ? List.of() : lead.dietaryPreferences()),
                    union(person.allergies(), lead == null ? List.of() : lead.allergies()),
                    lead == null ? 0 : paid.getOrDefault(lead.id(), 0),
                    connection.respondedAt() == null ? connection.requestedAt() : connection.respondedAt(),
                    connection.id(), lead == null ? null : lead.id()));
        }
        return clients;
    }

    private static boolean matches(PlatformClient client, @Nullable String search) {
        if (search == null || search.isBlank()) {
            return true;
        }
        String haystack = (client.username() + " " + client.firstName() + " " + client.lastName() + " "
                + client.email()).toLowerCase(Locale.ROOT);
        return java.util.Arrays.stream(search.strip().toLowerCase(Locale.ROOT).split("\\s+"))
                .allMatch(haystack::contains);
    }

    private List<Client> clients(UUID chef) {
        Instant now = clock.instant();
        List<Connection> connected = connections.of(chef, true, "accepted");
        List<Lead> all = leads.all(chef, MOST);
        Map<Long, List<HouseholdMember>> households = leads.households(all.stream().map(Lead::id).toList());
        Map<UUID, Lead> leadOfAccount = all.stream().filter(lead -> lead.userId() != null)
                .collect(Collectors.toMap(Lead::userId, Function.identity(), (first, second) -> first));
        Map<UUID, Person> persons = people.people(java.util.stream.Stream.concat(
                connected.stream().map(Connection::customerUserId),
                all.stream().map(Lead::userId).filter(Objects::nonNull)).distinct().toList());
        List<Client> clients = new ArrayList<>();
        Set<UUID> platform = new HashSet<>();
        for (Connection connection : connected) {
            Person person = persons.get(connection.customerUserId());
            if (person == null || !platform.add(connection.customerUserId())) {
                continue;
            }
            Lead lead = leadOfAccount.get(connection.customerUserId());
            List<MemberView> members = lead == null ? List.of()
                    : households.getOrDefault(lead.id(), List.of()).stream().map(MemberView::of).toList();
            clients.add(new Client("platform_" + person.publicId(), "platform",
                    lead != null && !lead.fullName().isEmpty() ? lead.fullName() : person.displayName(),
                    person.email(), lead == null ? null : lead.phone(), person.publicId(),
                    lead == null ? null : lead.id(), connection.id(),
                    Math.max(person.householdMemberCount(), 1 + members.size()), members,
                    union(person.dietaryPreferences(), lead == null ? List.of() : lead.dietaryPreferences()),
                    union(person.allergies(), lead == null ? List.of() : lead.allergies()),
                    lead == null ? "" : lead.notes(), lead == null ? null : lead.birthdayMonth(),
                    lead == null ? null : lead.birthdayDay(), lead == null ? null : lead.anniversary(),
                    connection.respondedAt() == null ? connection.requestedAt() : connection.respondedAt(),
                    lead == null ? null : lead.stage().appStatus(), lead == null ? null : lead.stage().code()));
        }
        for (Lead lead : all) {
            if (lead.userId() != null && platform.contains(lead.userId())) {
                continue;
            }
            Person person = lead.userId() == null ? null : persons.get(lead.userId());
            List<MemberView> members = households.getOrDefault(lead.id(), List.of()).stream().map(MemberView::of)
                    .toList();
            clients.add(new Client("contact_" + lead.id(), "contact",
                    lead.fullName().isEmpty() ? (lead.email() == null ? "Unnamed" : lead.email()) : lead.fullName(),
                    lead.email(), lead.phone(), person == null ? null : person.publicId(), lead.id(), null,
                    Math.max(1 + members.size(), person == null ? 1 : person.householdMemberCount()), members,
                    lead.dietaryPreferences(), lead.allergies(), lead.notes(), lead.birthdayMonth(),
                    lead.birthdayDay(), lead.anniversary(), lead.createdAt(), lead.stage().appStatus(),
                    lead.stage().code()));
        }
        return clients;
    }

    private static List<String> union(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).distinct().toList();
    }

    private static boolean matches(Client client, @Nullable String search) {
        if (search == null || search.isBlank()) {
            return true;
        }
        String haystack = (client.name() + " " + (client.email() == null ? "" : client.email()) + " "
                + (client.phone() == null ? "" : client.phone())).toLowerCase(Locale.ROOT);
        for (String word : search.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static Comparator<Client> order(@Nullable String ordering) {
        String word = ordering == null || ordering.isBlank() ? "-connected_since" : ordering.strip();
        boolean descending = word.startsWith("-");
        Comparator<Client> comparator = switch (descending ? word.substring(1) : word) {
            case "connected_since" -> Comparator.comparing(Client::connectedSince);
            case "name" -> Comparator.comparing(client -> client.name().toLowerCase(Locale.ROOT));
            default -> throw Refusal.invalid("ordering", "Order by connected_since or name, with - in front for "
                    + "newest or last first");
        };
        comparator = comparator.thenComparing(Client::id);
        return descending ? comparator.reversed() : comparator;
    }

    /** Counts people, not clients: each household member's diet and allergies count once. */
    private static Summary summary(List<Client> clients) {
        Map<String, Integer> dietary = new LinkedHashMap<>();
        Map<String, Integer> allergies = new LinkedHashMap<>();
        int people = 0;
        int platform = 0;
        for (Client client : clients) {
            people += client.householdSize();
            platform += client.sourceType().equals("platform") ? 1 : 0;
            client.dietaryPreferences().forEach(label -> dietary.merge(label, 1, Integer::sum));
            client.allergies().forEach(label -> allergies.merge(label, 1, Integer::sum));
            for (MemberView member : client.householdMembers()) {
                member.dietaryPreferences().forEach(label -> dietary.merge(label, 1, Integer::sum));
                member.allergies().forEach(label -> allergies.merge(label, 1, Integer::sum));
            }
        }
        return new Summary(clients.size(), platform, clients.size() - platform, people, dietary, allergies);
    }
}
