package com.chefweb.crm.connections;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.chefweb.crm.events.ConnectionChanged;
import com.chefweb.crm.people.ChefCard;
import com.chefweb.crm.people.CrmPeople;
import com.chefweb.crm.people.Person;
import com.chefweb.shared.refusal.FieldProblem;
import com.chefweb.shared.refusal.FreeText;
import com.chefweb.shared.refusal.Refusal;

/**
 * Customers and chefs agreeing to work together: one asks, the other accepts or declines, either ends it. A pair has
 * at most one pending or accepted connection (the database says so); asking again while one is open returns it.
 */
@Service
public class Connections {

    public static final Set<String> STATUSES = Set.of("pending", "accepted", "declined", "ended");
    static final java.time.Duration ASK_AGAIN_AFTER = java.time.Duration.ofDays(7);

    private final ConnectionRepository connections;
    private final CrmPeople people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Connections(ConnectionRepository connections, CrmPeople people, ApplicationEventPublisher events, Clock clock) {
        this.connections = connections;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /** What asking gave: the connection, and whether it is new (else the open one the pair had). */
    public record Asked(Connection connection, boolean created) {
    }

    /**
     * A customer asks a chef (by the chef's id) to work with them.
     *
     * @throws Refusal.NotFound when the chef is not listed
     */
    @Transactional
    public Asked customerAsks(UUID customerUserId, long chefId, @Nullable String note) {
        ChefCard chef = people.chef(chefId).filter(ChefCard::listed)
                .orElseThrow(() -> Refusal.notFound("Chef not found"));
        if (chef.userId().equals(customerUserId)) {
            throw Refusal.rejected("You cannot connect with yourself");
        }
        return ask(chef.userId(), customerUserId, "customer", note);
    }

    /**
     * A chef invites a customer (by the customer's id, the integer the app shows).
     *
     * @throws Refusal.NotFound when there is no such customer
     */
    @Transactional
    public Asked chefInvites(UUID chefUserId, long customerId, @Nullable String note) {
        Person customer = people.personByPublicId(customerId).orElseThrow(() -> Refusal.notFound("Customer not found"));
        if (customer.userId().equals(chefUserId)) {
            throw Refusal.rejected("You cannot connect with yourself");
        }
        return ask(chefUserId, customer.userId(), "chef", note);
    }

    private Asked ask(UUID chefUserId, UUID customerUserId, String initiatedBy, @Nullable String note) {
        List<FieldProblem> problems = new ArrayList<>();
        String text = FreeText.check("note", note, 1000, true, problems);
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        Optional<Connection> open = connections.lockOpen(chefUserId, customerUserId);
        if (open.isPresent()) {
            return new Asked(open.get(), false);
        }
        Instant now = clock.instant();
        if (connections.declinedSince(chefUserId, customerUserId, initiatedBy, now.minus(ASK_AGAIN_AFTER))) {
            // no asking over and over: a declined request may be made again after a week
            throw Refusal.conflict("Your last request was declined; you can ask again a week after it was");
        }
        if (initiatedBy.equals("chef") && connections.endedSince(chefUserId, customerUserId, now.minus(ASK_AGAIN_AFTER))) {
            // a customer who ended working with a chef is not invited back at once; they may ask the chef themselves
            throw Refusal.conflict("Your connection with this customer ended recently; you can invite them again a "
                    + "week after it did, or they can ask you");
        }
        Optional<Long> id = connections.insert(chefUserId, customerUserId, initiatedBy, text == null ? "" : text, now);
        if (id.isEmpty()) {
            // another request of the pair committed a moment ago
            return new Asked(connections.lockOpen(chefUserId, customerUserId).orElseThrow(
                    () -> Refusal.conflict("This connection is changing; try again")), false);
        }
        events.publishEvent(new ConnectionChanged(id.get(), chefUserId, customerUserId, "pending", initiatedBy, now));
        return new Asked(connections.find(id.get()).orElseThrow(), true);
    }

    /**
     * Accept or decline a pending request (only the one asked may), or end an accepted connection (either may).
     *
     * @throws Refusal.NotFound when the caller is not one of the pair
     */
    @Transactional
    public Connection answer(UUID caller, long id, @Nullable String action) {
        Connection connection = connections.lock(id, caller).orElseThrow(() -> Refusal.notFound("Connection not found"));
        String status = switch (action == null ? "" : action.strip()) {
            case "accept" -> "accepted";
            case "decline" -> "declined";
            case "end" -> "ended";
            default -> throw Refusal.invalid("action", "Invalid action: choose accept, decline or end");
        };
        if (status.equals("ended") ? !connection.status().equals("accepted") : !connection.status().equals("pending")) {
            throw Refusal.conflict("This connection is " + connection.status() + "; it cannot be "
                    + status + " now");
        }
        if (!status.equals("ended") && connection.askedBy(caller)) {
            throw Refusal.notAllowed("The one you asked answers this request");
        }
        Instant now = clock.instant();
        connections.answer(id, status, now);
        events.publishEvent(new ConnectionChanged(id, connection.chefUserId(), connection.customerUserId(), status,
                connection.initiatedBy(), now));
        return connections.find(id).orElseThrow();
    }

    /** The caller's connections as a chef (asChef) or as a customer, newest first. */
    @Transactional(readOnly = true)
    public List<Connection> of(UUID caller, boolean asChef, @Nullable String status) {
        if (status != null && !STATUSES.contains(status)) {
            throw Refusal.invalid("status", "Choose pending, accepted, declined or ended");
        }
        return connections.of(caller, asChef, status, 500);
    }
}
