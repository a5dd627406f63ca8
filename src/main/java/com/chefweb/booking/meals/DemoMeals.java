package com.chefweb.booking.meals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.chefweb.booking.marketplace.MarketplaceChef;
import com.chefweb.booking.marketplace.MarketplaceCustomer;
import com.chefweb.booking.marketplace.MarketplacePeople;
import com.chefweb.chefs.events.ChefProfileChanged;
import com.chefweb.identity.events.MarketplaceProfileSaved;
import com.chefweb.shared.money.Money;
import com.chefweb.shared.refusal.Refusal;
import com.chefweb.shared.web.Provided;

/**
 * Profile {@code demo}: the demo chefs' meals and meal events (one open with orders, one full, one past) and the demo
 * customers' orders for them, made through the same code as a chef's and a customer's own, once. Events are placed
 * when the chef is listed; a customer's orders when both the customer and the events are known here, whichever
 * comes last. The orders stay unpaid: the demo has no Stripe, and only Stripe marks an order paid.
 */
@Component
@Profile("demo")
class DemoMeals {

    private static final Logger log = LoggerFactory.getLogger(DemoMeals.class);

    private final Meals meals;
    private final MealEvents events;
    private final MealOrders orders;
    private final MealEventRepository eventRows;
    private final MarketplacePeople people;
    private final Clock clock;
    private final JsonNode demo;

    DemoMeals(Meals meals, MealEvents events, MealOrders orders, MealEventRepository eventRows,
            MarketplacePeople people, Clock clock, JsonMapper json) {
        this.meals = meals;
        this.events = events;
        this.orders = orders;
        this.eventRows = eventRows;
        this.people = people;
        this.clock = clock;
        try (InputStream in = DemoMeals.class.getResourceAsStream("/booking/demo-meals.json")) {
            this.demo = json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Outside a transaction: each meal, event and order is written in its own, so one refusal spoils no other. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void chefListed(ChefProfileChanged changed) {
        JsonNode menu = demo.get(changed.username());
        if (menu == null || !changed.listed()) {
            return;
        }
        MarketplaceChef chef = new MarketplaceChef(changed.userId(), changed.chefId(), changed.username(),
                changed.displayName(), ZoneId.of(changed.timeZone()),
                Currency.getInstance(changed.defaultCurrency().toUpperCase(Locale.ROOT)), changed.live(), true,
                changed.onBreak());
        people.remember(chef, changed.servingPostalCodes(), changed.changedAt());
        if (meals.ofChef(chef).isEmpty()) {
            serve(chef, menu);
        }
        for (String customer : List.of("dana_family", "lee_household")) {
            people.customerNamed(customer).ifPresent(known -> placeOrders(known, chef, menu));
        }
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void customerKnown(MarketplaceProfileSaved saved) {
        MarketplaceCustomer customer = new MarketplaceCustomer(saved.userId(), saved.publicId(), saved.username(),
                saved.email());
        people.remember(customer, saved.savedAt());
        demo.properties().forEach(entry -> {
            if (!entry.getKey().startsWith("_")) {
                people.chefByUsername(entry.getKey()).filter(MarketplaceChef::listed)
                        .ifPresent(chef -> placeOrders(customer, chef, entry.getValue()));
            }
        });
    }

    private void serve(MarketplaceChef chef, JsonNode menu) {
        LocalDate today = LocalDate.now(clock.withZone(chef.timeZone()));
        for (JsonNode dish : menu) {
            Meal meal = meals.create(chef, new MealChanges(text(dish, "name"), text(dish, "description"),
                    text(dish, "meal_type"), list(dish, "dietary"), list(dish, "allergens"), null));
            for (JsonNode sitting : dish.get("events")) {
                LocalDate day = today.plusDays(sitting.get("days_ahead").asInt());
                LocalTime time = LocalTime.parse(sitting.get("time").asString());
                Instant starts = LocalDateTime.of(day, time).atZone(chef.timeZone()).toInstant();
                Instant cutoff = starts.minusSeconds(3600L * sitting.get("cutoff_hours").asInt());
                BigDecimal price = new BigDecimal(sitting.get("price").asString());
                int servings = sitting.get("servings").asInt();
                if (day.isBefore(today)) {
                    // a meal that already took place: written as it would stand after its completion job
                    Money unit = Money.ofMajor(price, chef.defaultCurrency());
                    long id = eventRows.insert(new MealEvent(0, chef.userId(), meal, day, time, chef.timeZone(), starts,
                            cutoff, servings, 1, unit, unit, "completed", meal.description(), "", 0, null, starts,
                            starts));
                    log.debug("Demo meal share {} took place on {}", id, day);
                    continue;
                }
                events.create(chef, new MealEventForm(new Provided<>(meal.id()), new Provided<>(day.toString()),
                        new Provided<>(time.toString()), new Provided<>(cutoff.atZone(chef.timeZone())
                        .toOffsetDateTime().toString()), new Provided<>(price), null, new Provided<>(servings),
                        new Provided<>(1), new Provided<>(meal.description()), null, null));
            }
        }
        log.info("Demo meals and meal shares of {} are ready", chef.username());
    }

    private void placeOrders(MarketplaceCustomer customer, MarketplaceChef chef, JsonNode menu) {
        List<MealEvent> upcoming = events.ofChef(chef, 1, 100).items();
        LocalDate today = LocalDate.now(clock.withZone(chef.timeZone()));
        for (JsonNode dish : menu) {
            for (JsonNode sitting : dish.get("events")) {
                LocalDate day = today.plusDays(sitting.get("days_ahead").asInt());
                Optional<MealEvent> event = upcoming.stream().filter(e -> e.meal().name().equals(
                        dish.get("name").asString()) && e.eventDate().equals(day)).findFirst();
                for (JsonNode wanted : sitting.get("orders")) {
                    if (event.isEmpty() || !wanted.get("customer").asString().equals(customer.username())) {
                        continue;
                    }
                    try {
                        orders.place(customer.userId(), event.get().id(), wanted.get("quantity").asInt(), null,
                                "demo:" + event.get().id() + ":" + customer.username());
                    } catch (Refusal refused) {
                        log.info("Demo order of {} for meal share {} not placed: {}", customer.username(),
                                event.get().id(), refused.getMessage());
                    }
                }
            }
        }
    }

    private static Provided<String> text(JsonNode node, String field) {
        return new Provided<>(node.hasNonNull(field) ? node.get(field).asString() : null);
    }

    private static Provided<List<String>> list(JsonNode node, String field) {
        List<String> values = new ArrayList<>();
        node.path(field).forEach(value -> values.add(value.asString()));
        return new Provided<>(values);
    }
}
