package com.chefweb.crm.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import com.chefweb.crm.connections.Connection;
import com.chefweb.crm.connections.Connections;
import com.chefweb.crm.messaging.Conversation;
import com.chefweb.crm.messaging.ChefConversations;
import com.chefweb.crm.people.ChefCard;
import com.chefweb.crm.people.CrmPeople;
import com.chefweb.shared.refusal.Refusal;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;

/** The customer's chefs: those they are connected with, most recently active first (the app polls it). */
@RestController
@Tag(name = "Connections", description = "Customers and chefs agreeing to work together")
class MyChefsController {

    private final Connections connections;
    private final ChefConversations conversations;
    private final CrmPeople people;

    MyChefsController(Connections connections, ChefConversations conversations, CrmPeople people) {
        this.connections = connections;
        this.conversations = conversations;
        this.people = people;
    }

    /**
     * @param id the chef's id
     * @param lastActivity the latest of the connection and the pair's last message
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record MyChef(long id, long chefId, String username, String displayName, String firstName, String lastName,
            @Nullable String photo, @Nullable String bio, @Nullable Double rating, @Nullable Integer reviewCount,
            Instant connectedSince, Instant lastActivity, long connectionId) {
    }

    record MyChefs(List<MyChef> chefs, int count) {
    }

    @GetMapping({"/customer_dashboard/api/my-chefs", "/customer_dashboard/api/my-chefs/"})
    @Access(Level.SIGNED_IN)
    @Operation(summary = "The chefs the caller is connected with")
    MyChefs list() {
        List<MyChef> chefs = mine(Caller.user());
        return new MyChefs(chefs, chefs.size());
    }

    @GetMapping({"/customer_dashboard/api/my-chefs/{chefId}", "/customer_dashboard/api/my-chefs/{chefId}/"})
    @Access(Level.SIGNED_IN)
    @Operation(summary = "One of the caller's chefs")
    ChefHub one(@PathVariable long chefId) {
        MyChef chef = mine(Caller.user()).stream().filter(found -> found.id() == chefId).findFirst()
                .orElseThrow(() -> Refusal.notFound("Chef connection not found"));
        return new ChefHub(chef, chef.connectionId(), chef.connectedSince());
    }

    /** One connected chef, as the app's chef hub reads it (its orders come from the orders pages). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ChefHub(MyChef chef, long connectionId, Instant connectedSince) {
    }

    private List<MyChef> mine(UUID customer) {
        List<Connection> accepted = connections.of(customer, false, "accepted");
        Map<UUID, ChefCard> chefs = people.chefsOfUsers(accepted.stream().map(Connection::chefUserId).toList());
        Map<UUID, Instant> lastMessages = new java.util.HashMap<>();
        for (Conversation conversation : conversations.of(customer)) {
            if (conversation.customerUserId().equals(customer) && conversation.lastMessageAt() != null) {
                lastMessages.put(conversation.chefUserId(), conversation.lastMessageAt());
            }
        }
        List<MyChef> mine = new ArrayList<>();
        for (Connection connection : accepted) {
            ChefCard chef = chefs.get(connection.chefUserId());
            if (chef == null) {
                continue;
            }
            Instant since = connection.respondedAt() == null ? connection.requestedAt() : connection.respondedAt();
            Instant message = lastMessages.get(chef.userId());
            Instant last = message != null && message.isAfter(since) ? message : since;
            String shown = chef.shownName();
            int space = shown.indexOf(' ');
            mine.add(new MyChef(chef.chefId(), chef.chefId(), chef.username(), shown,
                    space < 0 ? shown : shown.substring(0, space), space < 0 ? "" : shown.substring(space + 1),
                    chef.profilePicUrl(), null, null, null, since, last, connection.id()));
        }
        mine.sort(java.util.Comparator.comparing(MyChef::lastActivity).reversed());
        return mine;
    }
}
