package com.chefweb.crm.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import com.chefweb.crm.connections.Connection;
import com.chefweb.crm.connections.Connections;
import com.chefweb.crm.people.ChefCard;
import com.chefweb.crm.people.CrmPeople;
import com.chefweb.crm.people.Person;
import com.chefweb.shared.refusal.Refusal;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;
import com.chefweb.shared.web.JsonFields;
import com.chefweb.shared.web.Provided;
import com.chefweb.shared.web.RateLimited;

/**
 * The app's connections between customers and chefs ({@code /services/connections/}): a chef in the chef role sees
 * and answers the chef side, anyone else the customer side.
 */
@RestController
@Tag(name = "Connections", description = "Customers and chefs agreeing to work together")
class ConnectionController {

    private final Connections connections;
    private final CrmPeople people;

    ConnectionController(Connections connections, CrmPeople people) {
        this.connections = connections;
        this.people = people;
    }

    /**
     * @param chefId the chef's id (the one the directory shows)
     * @param customerId the customer's id (the integer the app shows)
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ConnectionView(long id, @Nullable Long chefId, @Nullable Long customerId, String status,
            String initiatedBy, String note, Instant requestedAt, @Nullable Instant respondedAt,
            @Nullable Instant endedAt, @Nullable String chefUsername, @Nullable String chefDisplayName,
            @Nullable String chefPhoto, @Nullable String customerUsername, @Nullable String customerFirstName,
            @Nullable String customerLastName, @Nullable String customerEmail, Instant createdAt) {
    }

    @GetMapping({"/services/connections", "/services/connections/"})
    @Access(Level.SIGNED_IN)
    @Operation(summary = "The caller's connections (as a chef in the chef role, else as a customer), by status")
    List<ConnectionView> list(@RequestParam(required = false) @Nullable String status) {
        List<Connection> found = connections.of(Caller.user(), Caller.actsAsChef(),
                status == null || status.isBlank() ? null : status.strip());
        return views(found);
    }

    @PostMapping({"/services/connections", "/services/connections/"})
    @Access(Level.SIGNED_IN)
    @RateLimited("connection-request")
    @Operation(summary = "Ask to work together: a customer names the chef (chef_id), a chef the customer "
            + "(customer_id). Asking while a request is open returns it")
    ResponseEntity<ConnectionView> request(@RequestBody JsonNode body) {
        JsonFields fields = JsonFields.of(body);
        Provided<Long> chefId = fields.id("chef_id");
        Provided<Long> customerId = fields.id("customer_id");
        Provided<String> note = fields.text("note");
        fields.refuseIfAny();
        String text = note == null ? null : note.value();
        Connections.Asked asked;
        if (Caller.actsAsChef()) {
            if (customerId == null || customerId.value() == null) {
                throw Refusal.invalid("customer_id", "customer_id is required");
            }
            asked = connections.chefInvites(Caller.user(), customerId.value(), text);
        } else {
            if (chefId == null || chefId.value() == null) {
                throw Refusal.invalid("chef_id", "chef_id is required");
            }
            asked = connections.customerAsks(Caller.user(), chefId.value(), text);
        }
        return ResponseEntity.status(asked.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(views(List.of(asked.connection())).getFirst());
    }

    @PatchMapping({"/services/connections/{id}", "/services/connections/{id}/"})
    @Access(Level.SIGNED_IN)
    @Operation(summary = "Answer a connection: accept or decline a request, or end a connection")
    ConnectionView answer(@PathVariable long id, @RequestBody JsonNode body) {
        JsonFields fields = JsonFields.of(body);
        Provided<String> action = fields.text("action");
        fields.refuseIfAny();
        return views(List.of(connections.answer(Caller.user(), id, action == null ? null : action.value())))
                .getFirst();
    }

    private List<ConnectionView> views(List<Connection> found) {
        Map<UUID, ChefCard> chefs = people.chefsOfUsers(found.stream().map(Connection::chefUserId).distinct().toList());
        Map<UUID, Person> customers = people.people(found.stream().map(Connection::customerUserId).distinct()
                .toList());
        return found.stream().map(connection -> {
            ChefCard chef = chefs.get(connection.chefUserId());
            // a chef sees a customer's name and email once the customer asked or accepted, not from an invitation
            Person customer = customers.get(connection.customerUserId());
            boolean disclosed = connection.initiatedBy().equals("customer")
                    || java.util.Set.of("accepted", "ended").contains(connection.status());
            return new ConnectionView(connection.id(), chef == null ? null : chef.chefId(),
                    customer == null ? null : customer.publicId(), connection.status(), connection.initiatedBy(),
                    connection.note(), connection.requestedAt(), connection.respondedAt(), connection.endedAt(),
                    chef == null ? null : chef.username(), chef == null ? null : chef.shownName(),
                    chef == null ? null : chef.profilePicUrl(), customer == null ? null : customer.username(),
                    customer == null || !disclosed ? null : customer.firstName(),
                    customer == null || !disclosed ? null : customer.lastName(),
                    customer == null || !disclosed ? null : customer.email(), connection.requestedAt());
        }).toList();
    }

}
