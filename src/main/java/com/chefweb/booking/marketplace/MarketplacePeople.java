package com.chefweb.booking.marketplace;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.chefweb.shared.refusal.Refusal;
import com.chefweb.shared.scheduling.Arrivals;
import com.chefweb.shared.security.Actor;
import com.chefweb.shared.security.CurrentActor;

/**
 * Who the marketplace caller is, as booking knows them: the chef they act as, or the customer. A chef's copy arrives
 * from the chefs module a moment after the account first switched to its chef role, so a chef's request waits for it
 * briefly; public pages never wait.
 */
@Component
public class MarketplacePeople {

    private final PeopleRepository people;
    private final TransactionTemplate transactions;
    private final Duration patience;
    private final Arrivals arrivals = new Arrivals();

    MarketplacePeople(PeopleRepository people, TransactionTemplate transactions,
            @Value("${chefweb.booking.chef-copy-wait:PT2S}") Duration patience) {
        this.people = people;
        this.transactions = transactions;
        this.patience = patience;
    }

    /**
     * The chef the caller acts as.
     *
     * @throws Refusal 404 when the caller is not in the chef role or the chef is not known here (yet)
     */
    public MarketplaceChef actingChef() {
        UUID userId = callerIn("chef").orElseThrow(() -> Refusal.notFound("Switch to your chef role first"));
        return arrivals.await(userId.toString(), patience, () -> transactions.execute(status -> people.chef(userId)))
                .orElseThrow(() -> Refusal.notFound("Your chef profile is not ready yet; please try again"));
    }

    /** The chef the caller acts as if booking already knows them, without waiting. */
    public Optional<MarketplaceChef> knownActingChef() {
        return callerIn("chef").flatMap(userId -> transactions.execute(status -> people.chef(userId)));
    }

    /** The signed-in caller's account. */
    public UUID caller() {
        return CurrentActor.get().flatMap(Actor::userId).orElseThrow(() -> Refusal.notSignedIn("Sign in first"));
    }

    /** The customer's saved address on one line, where a service ordered to their home is cooked. */
    public Optional<String> addressOf(UUID customerUserId) {
        return people.address(customerUserId);
    }

    /** When booking's copy of the chef last changed, as the chefs module dated it. */
    public Optional<java.time.Instant> chefChangedAt(UUID userId) {
        return people.chefChangedAt(userId);
    }

    public Optional<MarketplaceChef> chef(UUID userId) {
        return people.chef(userId);
    }

    public Optional<MarketplaceChef> chefById(long chefId) {
        return people.chefById(chefId);
    }

    public Optional<MarketplaceChef> chefByUsername(String username) {
        return people.chefByUsername(username);
    }

    public Map<UUID, MarketplaceChef> chefs(Collection<UUID> userIds) {
        return userIds.isEmpty() ? Map.of() : people.chefs(userIds);
    }

    public Optional<MarketplaceCustomer> customer(UUID userId) {
        return people.customer(userId);
    }

    public Map<UUID, MarketplaceCustomer> customers(Collection<UUID> userIds) {
        return userIds.isEmpty() ? Map.of() : people.customers(userIds);
    }

    /** Keeps a copy heard by another listener of the same announcement (the demo loader), newest first. */
    public void remember(MarketplaceChef chef, List<String> servingPostalCodes, java.time.Instant changedAt) {
        people.saveChef(chef, servingPostalCodes, changedAt);
    }

    /** Where the customer lives as chefs list their areas ({@code COUNTRY:POSTAL}), when known. */
    public Optional<String> areaOf(UUID customerUserId) {
        return people.area(customerUserId);
    }

    public void remember(MarketplaceCustomer customer, java.time.Instant savedAt) {
        people.saveCustomer(customer, savedAt);
    }

    public Optional<MarketplaceCustomer> customerNamed(String username) {
        return people.customerByUsername(username);
    }

    void announceAfterCommit(UUID chefUserId) {
        arrivals.announceAfterCommit(chefUserId.toString());
    }

    private static Optional<UUID> callerIn(String role) {
        return CurrentActor.get().filter(actor -> role.equals(actor.role())).flatMap(Actor::userId);
    }
}
