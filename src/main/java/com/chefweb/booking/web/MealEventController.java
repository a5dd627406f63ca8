package com.chefweb.booking.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import com.chefweb.booking.marketplace.MarketplaceChef;
import com.chefweb.booking.marketplace.MarketplacePeople;
import com.chefweb.booking.marketplace.Page;
import com.chefweb.booking.meals.MealEvent;
import com.chefweb.booking.meals.MealEventForm;
import com.chefweb.booking.meals.MealEvents;
import com.chefweb.booking.web.MealViews.EventView;
import com.chefweb.booking.web.MealViews.PageView;
import com.chefweb.booking.web.MealViews.Wrapped;
import com.chefweb.shared.refusal.Refusal;
import com.chefweb.shared.security.Access.Level;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.web.JsonFields;
import com.chefweb.shared.web.Paging;
import com.chefweb.shared.web.Provided;

/**
 * Meal events ("meal shares") in the sautai app's dialect: answers wrapped as {@code {status, message, details}},
 * lists paged as DRF pages inside it, every path with and without its trailing slash. The public list takes the
 * several ways the app names a chef; a chef's writes answer 404 for another chef's event.
 */
@RestController
@Tag(name = "Meal events", description = "Meals a chef serves to many customers at one time, and their servings")
class MealEventController {

    private final MealEvents events;
    private final MarketplacePeople people;
    private final Clock clock;

    MealEventController(MealEvents events, MarketplacePeople people, Clock clock) {
        this.events = events;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping({"/meals/api/chef-meal-events", "/meals/api/chef-meal-events/"})
    @Access(Level.PUBLIC)
    @Operation(summary = "Meal events: the chef's own (my_events=true), or what customers see of a chef or of all")
    Wrapped<PageView<EventView>> list(@RequestParam(name = "my_events", required = false) @Nullable String mine,
            @RequestParam(name = "upcoming", required = false) @Nullable String upcoming,
            @RequestParam(name = "chef_id", required = false) @Nullable String chefId,
            @RequestParam(name = "chef", required = false) @Nullable String chef,
            @RequestParam(name = "chef_username", required = false) @Nullable String chefUsername,
            @RequestParam(name = "username", required = false) @Nullable String username,
            @RequestParam(name = "page", required = false) @Nullable String page,
            @RequestParam(name = "page_size", required = false) @Nullable String pageSize,
            @RequestParam(name = "limit", required = false) @Nullable String limit,
            @RequestParam(name = "offset", required = false) @Nullable String offset) {
        Paging paging = Paging.of(page, pageSize, limit, offset, 20);
        Instant now = clock.instant();
        if (yes(mine, "my_events")) {
            Optional<MarketplaceChef> me = people.knownActingChef();
            Page<EventView> found = me.map(chefNow -> events.ofChef(chefNow, paging.page(), paging.pageSize())
                    .map(event -> EventView.of(event, chefNow, now)))
                    .orElse(new Page<>(java.util.List.of(), 0, paging.page(), paging.pageSize()));
            return Wrapped.success("Your meal shares", PageView.of(found));
        }
        String id = chefId != null && !chefId.isBlank() ? chefId : chef;
        String name = chefUsername != null && !chefUsername.isBlank() ? chefUsername : username;
        Optional<MarketplaceChef> named = Optional.empty();
        if (id != null && !id.isBlank()) {
            named = people.chefById(chefNumber(id));
        } else if (name != null && !name.isBlank()) {
            named = people.chefByUsername(name.strip());
        }
        if ((id != null && !id.isBlank() || name != null && !name.isBlank()) && named.isEmpty()) {
            return Wrapped.success("No meal shares", PageView.of(new Page<>(java.util.List.of(), 0, paging.page(),
                    paging.pageSize())));
        }
        UUID chefUser = named.map(MarketplaceChef::userId).orElse(null);
        Page<MealEvent> found = events.visible(chefUser, yes(upcoming, "upcoming"), paging.page(), paging.pageSize());
        var chefs = people.chefs(found.items().stream().map(MealEvent::chefUserId).distinct().toList());
        return Wrapped.success("Meal shares", PageView.of(found.map(event -> EventView.of(event,
                chefs.get(event.chefUserId()), now))));
    }

    @GetMapping({"/meals/api/chef-meals-by-postal-code", "/meals/api/chef-meals-by-postal-code/"})
    @Access(Level.SIGNED_IN)
    @Operation(summary = "Meals the caller can order near their saved address: the open meal events of chefs who serve "
            + "it, on a date or in the week from week_start_date (default: the coming week), grouped by meal")
    NearbyMeals nearby(@RequestParam(name = "date", required = false) @Nullable String date,
            @RequestParam(name = "week_start_date", required = false) @Nullable String weekStart,
            @RequestParam(name = "meal_type", required = false) @Nullable String mealType,
            @RequestParam(name = "page", required = false) @Nullable String page,
            @RequestParam(name = "page_size", required = false) @Nullable String pageSize) {
        Paging paging = Paging.of(page, pageSize, null, null, 12);
        java.time.LocalDate from;
        java.time.LocalDate to;
        if (date != null && !date.isBlank()) {
            from = localDate("date", date);
            to = from;
        } else {
            from = weekStart == null || weekStart.isBlank() ? java.time.LocalDate.now(clock) : localDate(
                    "week_start_date", weekStart);
            to = from.plusDays(6);
        }
        String type = mealType == null || mealType.isBlank() ? null : switch (mealType.strip().toLowerCase(
                java.util.Locale.ROOT)) {
            case "breakfast" -> "Breakfast";
            case "lunch" -> "Lunch";
            case "dinner" -> "Dinner";
            default -> throw Refusal.invalid("meal_type", "Choose Breakfast, Lunch or Dinner.");
        };
        java.util.Optional<String> area = people.areaOf(people.caller());
        java.util.List<MealEvent> found = area.map(where -> events.servingArea(where, from, to, type))
                .orElse(java.util.List.of());
        var chefs = people.chefs(found.stream().map(MealEvent::chefUserId).distinct().toList());
        java.util.Map<Long, java.util.List<MealEvent>> byMeal = new java.util.LinkedHashMap<>();
        found.forEach(event -> byMeal.computeIfAbsent(event.meal().id(), id -> new java.util.ArrayList<>()).add(event));
        Instant now = clock.instant();
        java.util.List<NearbyMeal> meals = byMeal.values().stream().map(sittings -> {
            MealEvent first = sittings.getFirst();
            MarketplaceChef chef = chefs.get(first.chefUserId());
            return new NearbyMeal(first.meal().id(), first.meal().name(), first.meal().name(), chef.name(),
                    chef.chefId(), first.meal().description(), first.meal().mealType(), first.basePrice().toMajor(),
                    first.basePrice().currency().getCurrencyCode(),
                    sittings.stream().map(event -> EventView.of(event, chef, now)).toList());
        }).toList();
        int total = meals.size();
        int fromIndex = (int) Math.min(total, Page.offset(paging.page(), paging.pageSize()));
        java.util.List<NearbyMeal> shown = meals.subList(fromIndex, Math.min(total, fromIndex + paging.pageSize()));
        return new NearbyMeals("success", area.isEmpty() ? "Save your address to see the meals chefs near you share"
                : "Meals near you", new NearbyPage(shown, total, paging.page(), paging.pageSize(),
                Math.max(1, (total + paging.pageSize() - 1) / paging.pageSize())));
    }

    record NearbyMeals(String status, String message, NearbyPage data) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record NearbyPage(java.util.List<NearbyMeal> meals, int totalCount, int currentPage, int pageSize, int totalPages) {
    }

    /** A meal with its open sittings ({@code chef_meal_events}), as the app's meal list reads it. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record NearbyMeal(long id, String name, String mealName, String chefName, long chef, String description,
            String mealType, java.math.BigDecimal price, String currency, java.util.List<EventView> chefMealEvents) {
    }

    private static java.time.LocalDate localDate(String field, String given) {
        try {
            return java.time.LocalDate.parse(given.strip());
        } catch (java.time.DateTimeException notADate) {
            throw Refusal.invalid(field, "Give the date as YYYY-MM-DD");
        }
    }

    @GetMapping({"/meals/api/chef-meal-events/{id}", "/meals/api/chef-meal-events/{id}/"})
    @Access(Level.PUBLIC)
    @Operation(summary = "One meal event: public while customers may see it; always for its chef")
    Wrapped<EventView> one(@PathVariable long id) {
        Optional<MarketplaceChef> viewer = people.knownActingChef();
        MealEvent event = events.find(id).orElseThrow(() -> Refusal.notFound("Meal share not found"));
        MarketplaceChef chef = people.chef(event.chefUserId()).orElseThrow();
        return Wrapped.success("Meal share", EventView.of(events.find(id, viewer, chef.listed()), chef, clock.instant()));
    }

    @PostMapping({"/meals/api/chef-meal-events", "/meals/api/chef-meal-events/"})
    @Access(Level.CHEF)
    @Operation(summary = "Create a meal event of one of the chef's meals (the chef must be able to take payments)")
    ResponseEntity<Wrapped<EventView>> create(@RequestBody JsonNode body) {
        MealEventForm form = form(body);
        MarketplaceChef chef = people.actingChef();
        return ResponseEntity.status(HttpStatus.CREATED).body(Wrapped.success("Meal share created",
                EventView.of(events.create(chef, form), chef, clock.instant())));
    }

    @RequestMapping(path = {"/meals/api/chef-meal-events/{id}", "/meals/api/chef-meal-events/{id}/",
            "/meals/api/chef-meal-events/{id}/update", "/meals/api/chef-meal-events/{id}/update/"},
            method = {RequestMethod.PATCH, RequestMethod.PUT})
    @Access(Level.CHEF)
    @Operation(summary = "Change a meal event: only the fields sent (status draft, open or closed)")
    Wrapped<EventView> change(@PathVariable long id, @RequestBody JsonNode body) {
        MealEventForm form = form(body);
        MarketplaceChef chef = people.actingChef();
        return Wrapped.success("Meal share updated", EventView.of(events.change(chef, id, form), chef,
                clock.instant()));
    }

    @PostMapping({"/meals/api/chef-meal-events/{id}/open", "/meals/api/chef-meal-events/{id}/open/"})
    @Access(Level.CHEF)
    @Operation(summary = "Open a meal event to orders")
    Wrapped<EventView> open(@PathVariable long id) {
        return status(id, "open", "Meal share open to orders");
    }

    @PostMapping({"/meals/api/chef-meal-events/{id}/close", "/meals/api/chef-meal-events/{id}/close/"})
    @Access(Level.CHEF)
    @Operation(summary = "Close a meal event to new orders; its orders stand")
    Wrapped<EventView> close(@PathVariable long id) {
        return status(id, "closed", "Meal share closed to new orders");
    }

    @PostMapping({"/meals/api/chef-meal-events/{id}/cancel", "/meals/api/chef-meal-events/{id}/cancel/"})
    @Access(Level.CHEF)
    @Operation(summary = "Cancel a meal event: every order of it is cancelled and each paid one refunded once")
    Wrapped<CancelledEvent> cancel(@PathVariable long id, @RequestBody(required = false) @Nullable JsonNode body) {
        Provided<String> reason = body == null || body.isNull() ? null : JsonFields.of(body).text("reason");
        MarketplaceChef chef = people.actingChef();
        MealEvents.Cancelled cancelled = events.cancel(chef, id, reason == null ? null : reason.value());
        return Wrapped.success("Meal share cancelled; " + cancelled.cancelledOrders() + " orders cancelled and "
                + "refunded where paid", new CancelledEvent(EventView.of(cancelled.event(), chef, clock.instant()),
                cancelled.cancelledOrders()));
    }

    /** @param ordersCancelled each paid one is refunded in full */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record CancelledEvent(EventView event, int ordersCancelled) {
    }

    @PostMapping({"/meals/api/chef-meal-events/{id}/duplicate", "/meals/api/chef-meal-events/{id}/duplicate/"})
    @Access(Level.CHEF)
    @Operation(summary = "A new meal event like this one, at the date and time sent")
    ResponseEntity<Wrapped<EventView>> duplicate(@PathVariable long id,
            @RequestBody(required = false) @Nullable JsonNode body) {
        MealEventForm form = form(body == null || body.isNull() ? tools.jackson.databind.node.JsonNodeFactory.instance
                .objectNode() : body);
        MarketplaceChef chef = people.actingChef();
        return ResponseEntity.status(HttpStatus.CREATED).body(Wrapped.success("Meal share duplicated",
                EventView.of(events.duplicate(chef, id, form), chef, clock.instant())));
    }

    private Wrapped<EventView> status(long id, String status, String message) {
        MarketplaceChef chef = people.actingChef();
        MealEventForm form = new MealEventForm(null, null, null, null, null, null, null, null, null, null,
                new Provided<>(status));
        return Wrapped.success(message, EventView.of(events.change(chef, id, form), chef, clock.instant()));
    }

    private static MealEventForm form(JsonNode body) {
        JsonFields fields = JsonFields.of(body);
        MealEventForm form = new MealEventForm(fields.id("meal"), fields.text("event_date"), fields.text("event_time"),
                fields.text("order_cutoff_time"), fields.decimal("base_price"), fields.decimal("min_price"),
                fields.integer("max_orders"), fields.integer("min_orders"), fields.text("description"),
                fields.text("special_instructions"), fields.text("status"));
        fields.refuseIfAny();
        return form;
    }

    private static boolean yes(@Nullable String flag, String name) {
        if (flag == null || flag.isBlank()) {
            return false;
        }
        return switch (flag.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw Refusal.invalid(name, "Give true or false.");
        };
    }

    private static long chefNumber(String given) {
        try {
            long id = Long.parseLong(given.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw Refusal.invalid("chef_id", "Give a chef's id (a whole number).");
    }
}
