package com.chefweb.booking.meals;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.chefweb.booking.marketplace.MarketplaceChef;
import com.chefweb.booking.marketplace.Page;
import com.chefweb.shared.money.Money;
import com.chefweb.shared.refusal.FieldProblem;
import com.chefweb.shared.refusal.FreeText;
import com.chefweb.shared.refusal.Refusal;
import com.chefweb.shared.time.LocalTimes;
import com.chefweb.shared.web.Provided;

/**
 * Chefs' meal events ("meal shares"): a chef creates, edits, opens, closes and cancels their own; customers see the
 * listed chefs' events. Dates and times are the chef's, in the chef's time zone. Cancelling an event cancels every
 * order of it, and payment refunds the paid ones.
 */
@Service
public class MealEvents {

    /** How far ahead a chef may plan an event. */
    private static final long MAX_DAYS_AHEAD = 400;
    private static final Set<String> CHEF_STATUSES = Set.of("draft", "open", "closed");

    private final MealEventRepository events;
    private final MealRepository meals;
    private final MealOrders orders;
    private final MealSchedule schedule;
    private final Clock clock;

    MealEvents(MealEventRepository events, MealRepository meals, MealOrders orders, MealSchedule schedule,
            Clock clock) {
        this.events = events;
        this.meals = meals;
        this.orders = orders;
        this.schedule = schedule;
        this.clock = clock;
    }

    private MealEvent announced(long id) {
        schedule.announce(id);
        return events.find(id).orElseThrow();
    }

    /**
     * @throws Refusal.Conflict while the chef cannot take payments (not live)
     * @throws Refusal.Invalid field by field; nothing is stored then
     */
    @Transactional
    public MealEvent create(MarketplaceChef chef, MealEventForm form) {
        requireTakingPayments(chef);
        Instant now = clock.instant();
        MealEvent blank = new MealEvent(0, chef.userId(), placeholderMeal(chef), LocalDate.MIN, LocalTime.MIDNIGHT,
                chef.timeZone(), now, now, 10, 1, Money.zero(chef.defaultCurrency()),
                Money.zero(chef.defaultCurrency()), "open", "", "", 0, null, now, now);
        MealEvent event = checked(chef, blank, form, true, now);
        return announced(events.insert(event));
    }

    /**
     * Changes only what was sent. The time of an event that has orders stays (cancel it and create another), and its
     * servings never drop below those ordered.
     */
    @Transactional
    public MealEvent change(MarketplaceChef chef, long id, MealEventForm form) {
        MealEvent event = own(chef, id, true);
        if (event.status().equals("cancelled") || event.status().equals("completed")) {
            throw Refusal.conflict("This meal share is " + event.status() + " and can no longer change");
        }
        Instant now = clock.instant();
        MealEvent changed = checked(chef, event, form, false, now);
        if (chef.onBreak() && changed.status().equals("open") && !event.status().equals("open")) {
            throw Refusal.conflict("You are on a break: come back from it to open meal shares");
        }
        if (event.ordersCount() > 0 && (!changed.startsAt().equals(event.startsAt())
                || !changed.orderCutoffAt().equals(event.orderCutoffAt()))) {
            throw Refusal.conflict("Customers have ordered this meal share: its time stays. Cancel it and create "
                    + "another to move it.");
        }
        events.update(changed);
        return announced(id);
    }

    /** A new event of the same meal, price and capacity at another time. */
    @Transactional
    public MealEvent duplicate(MarketplaceChef chef, long id, MealEventForm form) {
        requireTakingPayments(chef);
        MealEvent original = own(chef, id, false);
        Instant now = clock.instant();
        MealEvent copy = new MealEvent(0, chef.userId(), original.meal(), original.eventDate(), original.eventTime(),
                chef.timeZone(), original.startsAt(), original.orderCutoffAt(), original.maxOrders(),
                original.minOrders(), original.basePrice(), original.minPrice(), "open", original.description(),
                original.specialInstructions(), 0, null, now, now);
        MealEvent event = checked(chef, copy, form, form.eventDate() == null, now);
        return announced(events.insert(event));
    }

    /**
     * Cancels the event and every order of it; payment refunds the paid ones, each once.
     *
     * @return how many orders were cancelled
     */
    @Transactional
    public Cancelled cancel(MarketplaceChef chef, long id, @Nullable String reason) {
        MealEvent event = own(chef, id, true);
        if (event.status().equals("cancelled")) {
            return new Cancelled(event, 0);
        }
        if (event.status().equals("completed")) {
            throw Refusal.conflict("This meal share has already taken place");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String why = FreeText.check("reason", reason, 500, true, problems);
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        Instant now = clock.instant();
        String told = why == null ? "The chef cancelled this meal share" : why;
        events.update(new MealEvent(event.id(), event.chefUserId(), event.meal(), event.eventDate(),
                event.eventTime(), event.timeZone(), event.startsAt(), event.orderCutoffAt(), event.maxOrders(),
                event.minOrders(), event.basePrice(), event.minPrice(), "cancelled", event.description(),
                event.specialInstructions(), event.ordersCount(), told, event.createdAt(), now));
        int cancelled = orders.cancelAllOf(event, told);
        return new Cancelled(announced(id), cancelled);
    }

    /** @param cancelledOrders orders the cancellation cancelled (payment refunds the paid ones) */
    public record Cancelled(MealEvent event, int cancelledOrders) {
    }

    @Transactional(readOnly = true)
    public Page<MealEvent> ofChef(MarketplaceChef chef, int page, int pageSize) {
        return new Page<>(events.ofChef(chef.userId(), Page.offset(page, pageSize), pageSize),
                events.countOfChef(chef.userId()), page, pageSize);
    }

    /** Meal events a customer living in {@code area} can order, between two local dates. */
    @Transactional(readOnly = true)
    public List<MealEvent> servingArea(String area, LocalDate from, LocalDate to, @Nullable String mealType) {
        return events.servingArea(area, from, to, mealType, clock.instant(), 500);
    }

    /** What customers see: a listed chef's events (all listed chefs' when no chef is given). */
    @Transactional(readOnly = true)
    public Page<MealEvent> visible(@Nullable UUID chefUserId, boolean upcoming, int page, int pageSize) {
        Instant now = clock.instant();
        return new Page<>(events.visible(chefUserId, upcoming, now, Page.offset(page, pageSize), pageSize),
                events.countVisible(chefUserId, upcoming, now), page, pageSize);
    }

    /** One event: its chef always sees it; others only while customers may. */
    @Transactional(readOnly = true)
    public MealEvent find(long id, Optional<MarketplaceChef> viewer, boolean chefListed) {
        MealEvent event = events.find(id).orElseThrow(MealEvents::notFound);
        boolean own = viewer.filter(chef -> chef.userId().equals(event.chefUserId())).isPresent();
        if (own || chefListed && Set.of("open", "closed", "completed").contains(event.status())) {
            return event;
        }
        throw notFound();
    }

    @Transactional(readOnly = true)
    public Optional<MealEvent> find(long id) {
        return events.find(id);
    }

    private MealEvent own(MarketplaceChef chef, long id, boolean lock) {
        return (lock ? events.lock(id) : events.find(id)).filter(event -> event.chefUserId().equals(chef.userId()))
                .orElseThrow(MealEvents::notFound);
    }

    private static Refusal notFound() {
        return Refusal.notFound("Meal share not found");
    }

    /**
     * The chef went on a break: every meal event still to come that was planned before it is cancelled, and with it
     * its orders (payment refunds the paid ones, each once).
     *
     * @return how many events were cancelled
     */
    @Transactional
    public int cancelForBreak(UUID chefUserId, Instant plannedBefore) {
        int cancelled = 0;
        for (long id : events.upcomingOf(chefUserId, clock.instant(), plannedBefore)) {
            MealEvent event = events.lock(id).orElseThrow();
            if (!event.status().equals("open") && !event.status().equals("closed") && !event.status().equals("draft")) {
                continue;
            }
            String reason = "The chef is taking a break";
            Instant now = clock.instant();
            events.update(new MealEvent(event.id(), event.chefUserId(), event.meal(), event.eventDate(),
                    event.eventTime(), event.timeZone(), event.startsAt(), event.orderCutoffAt(), event.maxOrders(),
                    event.minOrders(), event.basePrice(), event.minPrice(), "cancelled", event.description(),
                    event.specialInstructions(), event.ordersCount(), reason, event.createdAt(), now));
            orders.cancelAllOf(event, reason);
            schedule.announce(id);
            cancelled++;
        }
        return cancelled;
    }

    private static void requireTakingPayments(MarketplaceChef chef) {
        if (chef.onBreak()) {
            throw Refusal.conflict("You are on a break: come back from it to create meal shares");
        }
        if (!chef.live()) {
            // a conflict with the chef's state, not a permission: 403 would tell the app the role may not do this
            throw Refusal.conflict("You must complete payment setup and go live before creating meal shares")
                    .with("code", "STRIPE_INCOMPLETE");
        }
    }

    private Meal placeholderMeal(MarketplaceChef chef) {
        return new Meal(0, chef.userId(), "", "", "Dinner", List.of(), List.of(), null, Instant.EPOCH, Instant.EPOCH);
    }

    private MealEvent checked(MarketplaceChef chef, MealEvent event, MealEventForm form, boolean creating,
            Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        Meal meal = event.meal();
        if (form.meal() != null || creating) {
            Long mealId = value(form.meal());
            Optional<Meal> found = mealId == null ? Optional.empty() : meals.ofChef(chef.userId(), mealId, false);
            if (found.isEmpty()) {
                problems.add(new FieldProblem("meal", mealId == null ? "Choose the meal this share serves"
                        : "Choose one of your meals"));
            } else {
                meal = found.get();
            }
        }
        ZoneId zone = event.timeZone();
        LocalDate date = event.eventDate();
        if (form.eventDate() != null || creating) {
            date = date("event_date", value(form.eventDate()), problems);
        }
        LocalTime time = event.eventTime();
        if (form.eventTime() != null || creating) {
            time = time("event_time", value(form.eventTime()), problems);
        }
        Instant startsAt = null;
        if (date != null && time != null) {
            startsAt = LocalTimes.instantOf(LocalDateTime.of(date, time), zone).orElse(null);
            if (startsAt == null) {
                problems.add(new FieldProblem("event_time", "That time does not exist in " + zone.getId()
                        + " on " + date + " (the clocks move forward); choose another"));
            }
        }
        Instant cutoff = event.orderCutoffAt();
        if (form.orderCutoff() != null || creating) {
            String given = value(form.orderCutoff());
            cutoff = given == null || given.isBlank() ? startsAt : cutoff(given, zone, problems);
        }
        if (startsAt != null && (form.eventDate() != null || form.eventTime() != null || creating)) {
            if (!startsAt.isAfter(now)) {
                problems.add(new FieldProblem("event_date", "Choose a date and time still to come"));
            } else if (startsAt.isAfter(now.plus(MAX_DAYS_AHEAD, ChronoUnit.DAYS))) {
                problems.add(new FieldProblem("event_date", "Plan at most " + MAX_DAYS_AHEAD + " days ahead"));
            }
        }
        if (cutoff != null && startsAt != null) {
            if (cutoff.isAfter(startsAt)) {
                problems.add(new FieldProblem("order_cutoff_time", "Stop taking orders before the meal, not after"));
            } else if ((form.orderCutoff() != null || creating) && !cutoff.isAfter(now)) {
                problems.add(new FieldProblem("order_cutoff_time", "Choose a cutoff still to come"));
            }
        }
        Money base = form.basePrice() == null && !creating ? event.basePrice()
                : price("base_price", value(form.basePrice()), chef, problems, true);
        Money min = form.minPrice() == null && !creating ? event.minPrice() : price("min_price",
                value(form.minPrice()), chef, problems, false);
        if (min == null || min.signum() <= 0) {
            min = base;
        }
        if (base != null && min != null && base.currency().equals(min.currency()) && min.compareTo(base) > 0) {
            problems.add(new FieldProblem("min_price", "The lowest price cannot be above the base price"));
        }
        int max = form.maxOrders() == null ? event.maxOrders() : whole("max_orders", value(form.maxOrders()), 1,
                10_000, event.maxOrders(), problems);
        if (max < event.ordersCount()) {
            problems.add(new FieldProblem("max_orders", event.ordersCount() + " servings are already ordered"));
        }
        int minOrders = form.minOrders() == null ? event.minOrders() : whole("min_orders", value(form.minOrders()), 0,
                10_000, event.minOrders(), problems);
        if (minOrders > max) {
            problems.add(new FieldProblem("min_orders", "The minimum cannot be above the maximum"));
        }
        String description = form.description() == null ? event.description()
                : FreeText.check("description", form.description().value(), 5000, true, problems);
        String instructions = form.specialInstructions() == null ? event.specialInstructions()
                : FreeText.check("special_instructions", form.specialInstructions().value(), 2000, true, problems);
        String status = event.status();
        if (form.status() != null) {
            String wanted = value(form.status()) == null ? "" : value(form.status()).strip().toLowerCase();
            if (!CHEF_STATUSES.contains(wanted)) {
                problems.add(new FieldProblem("status", "Choose draft, open or closed (cancel has its own action)"));
            } else if (wanted.equals("draft") && event.ordersCount() > 0) {
                problems.add(new FieldProblem("status", "Customers have ordered: it can close, not go back to draft"));
            } else {
                status = wanted;
            }
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        return new MealEvent(event.id(), chef.userId(), meal, date, time, zone, startsAt, cutoff, max, minOrders, base,
                min, status, description == null ? "" : description, instructions == null ? "" : instructions,
                event.ordersCount(), event.cancellationReason(), event.createdAt(), now);
    }

    private static <T> @Nullable T value(@Nullable Provided<T> provided) {
        return provided == null ? null : provided.value();
    }

    private static @Nullable LocalDate date(String field, @Nullable String given, List<FieldProblem> problems) {
        try {
            if (given != null) {
                return LocalDate.parse(given.strip());
            }
        } catch (DateTimeParseException notADate) {
            // refused below
        }
        problems.add(new FieldProblem(field, "Give the date as YYYY-MM-DD"));
        return null;
    }

    private static @Nullable LocalTime time(String field, @Nullable String given, List<FieldProblem> problems) {
        try {
            if (given != null) {
                return LocalTime.parse(given.strip()).truncatedTo(ChronoUnit.MINUTES);
            }
        } catch (DateTimeParseException notATime) {
            // refused below
        }
        problems.add(new FieldProblem(field, "Give the time as HH:MM"));
        return null;
    }

    private static @Nullable Instant cutoff(String given, ZoneId zone, List<FieldProblem> problems) {
        String text = given.strip();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            try {
                Optional<Instant> local = LocalTimes.instantOf(LocalDateTime.parse(text.replace(' ', 'T')), zone);
                if (local.isEmpty()) {
                    problems.add(new FieldProblem("order_cutoff_time", "That time does not exist in " + zone.getId()
                            + " (the clocks move forward); choose another"));
                }
                return local.orElse(null);
            } catch (DateTimeException notLocal) {
                problems.add(new FieldProblem("order_cutoff_time", "Give the cutoff as YYYY-MM-DD HH:MM"));
                return null;
            }
        }
    }

    private static @Nullable Money price(String field, @Nullable BigDecimal major, MarketplaceChef chef,
            List<FieldProblem> problems, boolean required) {
        if (major == null || major.signum() == 0 && !required) {
            if (required) {
                problems.add(new FieldProblem(field, "Set a price per serving"));
            }
            return null;
        }
        if (major.signum() < 0 || major.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
            problems.add(new FieldProblem(field, "Set a price between 0 and 1,000,000"));
            return null;
        }
        try {
            Money price = Money.ofMajor(major.stripTrailingZeros(), chef.defaultCurrency());
            if (price.signum() <= 0) {
                problems.add(new FieldProblem(field, "Set a price above zero"));
                return null;
            }
            return price;
        } catch (IllegalArgumentException finerThanTheCurrency) {
            problems.add(new FieldProblem(field, "Give the price in whole " + chef.defaultCurrency().getCurrencyCode()
                    + (chef.defaultCurrency().getDefaultFractionDigits() == 0 ? "" : " cents")));
            return null;
        }
    }

    private static int whole(String field, @Nullable Integer given, int min, int max, int current,
            List<FieldProblem> problems) {
        if (given == null || given < min || given > max) {
            problems.add(new FieldProblem(field, "Give a whole number from " + min + " to " + max));
            return current;
        }
        return given;
    }
}
