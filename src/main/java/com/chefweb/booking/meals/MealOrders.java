package com.chefweb.booking.meals;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.chefweb.booking.events.MarketplaceOrderType;
import com.chefweb.booking.marketplace.MarketplaceChef;
import com.chefweb.booking.marketplace.MarketplacePeople;
import com.chefweb.booking.marketplace.Page;
import com.chefweb.booking.orders.OrderedItems;
import com.chefweb.booking.orders.ParentOrder;
import com.chefweb.booking.orders.ParentOrders;
import com.chefweb.shared.refusal.FieldProblem;
import com.chefweb.shared.refusal.FreeText;
import com.chefweb.shared.refusal.Refusal;

/**
 * Customers' orders for servings of meal events. A meal event is never oversold: servings are taken by one guarded
 * statement per order and a check constraint stands behind it. Every order goes through its parent Order, which
 * payment charges to the chef's account; a customer may cancel before the cutoff, and payment refunds what was paid.
 */
@Service
public class MealOrders implements OrderedItems {

    private static final Logger log = LoggerFactory.getLogger(MealOrders.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.US);

    private final MealOrderRepository orders;
    private final MealEventRepository events;
    private final ParentOrders parents;
    private final MarketplacePeople people;
    private final MealSchedule schedule;
    private final TransactionTemplate transactions;
    private final Clock clock;

    MealOrders(MealOrderRepository orders, MealEventRepository events, ParentOrders parents, MarketplacePeople people,
            MealSchedule schedule, TransactionTemplate transactions, Clock clock) {
        this.transactions = transactions;
        this.orders = orders;
        this.events = events;
        this.parents = parents;
        this.people = people;
        this.schedule = schedule;
        this.clock = clock;
    }

    @Override
    public MarketplaceOrderType type() {
        return MarketplaceOrderType.CHEF_MEAL;
    }

    /**
     * Places an order for servings of an open event; the same idempotency key from the same customer gets the same
     * order back.
     *
     * @throws Refusal.NotFound for an event customers cannot see
     * @throws Refusal.Conflict when the event is closed, past its cutoff, or has fewer servings left
     */
    @Transactional
    public Placed place(UUID customerUserId, long mealEventId, @Nullable Integer quantity,
            @Nullable String specialRequests, @Nullable String idempotencyKey) {
        Optional<ParentOrder> earlier = parents.placedWith(customerUserId, idempotencyKey);
        if (earlier.isPresent()) {
            MealOrder order = orders.byParent(earlier.get().id())
                    .filter(found -> found.mealEventId() == mealEventId)
                    .orElseThrow(() -> Refusal.conflict("This idempotency key was used for another order"));
            return new Placed(order, events.find(order.mealEventId()).orElseThrow(), false);
        }
        List<FieldProblem> problems = new ArrayList<>();
        int servings = quantity == null ? 1 : quantity;
        if (servings < 1 || servings > 100) {
            problems.add(new FieldProblem("quantity", "Order from 1 to 100 servings"));
        }
        String requests = FreeText.check("special_requests", specialRequests, 1000, true, problems);
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        MealEvent event = events.find(mealEventId).orElseThrow(() -> Refusal.notFound("Meal share not found"));
        MarketplaceChef chef = people.chef(event.chefUserId()).orElseThrow();
        if (event.chefUserId().equals(customerUserId)) {
            throw Refusal.rejected("Chefs cannot order their own meal shares");
        }
        if (event.status().equals("draft")) {
            throw Refusal.notFound("Meal share not found");
        }
        if (!chef.listed()) {
            // offline, on break, or their Stripe account can no longer take payments
            throw Refusal.conflict(chef.name() + " is not taking orders right now; please try again later");
        }
        Instant now = clock.instant();
        if (!event.takesOrders(now) || event.remaining() < servings) {
            throw refusal(event, servings, now);
        }
        // everything that needs no lock first: the servings are taken last, so the event's row is locked only for
        // that statement and the commit, and simultaneous orders queue for as short a time as they can
        ParentOrder parent = parents.open(MarketplaceOrderType.CHEF_MEAL, event.chefUserId(), customerUserId,
                event.basePrice().times(servings), idempotencyKey);
        MealOrder order = orders.insert(parent.id(), event, customerUserId, servings, requests == null ? "" : requests,
                now);
        parents.announce(parent, order.id(), event.meal().name() + " – " + servings
                + (servings == 1 ? " serving, " : " servings, ") + WHEN.format(event.startsAt().atZone(event.timeZone())),
                event.startsAt(), event.timeZone());
        Integer held = events.takeServings(event.id(), servings, now).orElse(null);
        if (held == null) {
            // taken by others since it was read: the whole order rolls back with this refusal
            throw refusal(events.find(event.id()).orElseThrow(), servings, now);
        }
        MealEvent taken = event.withOrdersCount(held);
        schedule.announce(taken);
        log.info("Meal order {} placed: {} servings of meal share {} (order {})", order.id(), servings, event.id(),
                parent.id());
        return new Placed(order, taken, true);
    }

    /** @param created false when a retried request found the order placed before */
    public record Placed(MealOrder order, MealEvent event, boolean created) {
    }

    private static Refusal refusal(MealEvent event, int servings, Instant now) {
        return switch (event.status()) {
            case "cancelled" -> Refusal.conflict("This meal share was cancelled");
            case "completed" -> Refusal.conflict("This meal share has already taken place");
            case "closed" -> Refusal.conflict("This meal share is closed to orders");
            default -> !now.isBefore(event.orderCutoffAt())
                    ? Refusal.conflict("Orders for this meal share closed at "
                            + WHEN.format(event.orderCutoffAt().atZone(event.timeZone())) + " ("
                            + event.timeZone().getId() + ")")
                    : event.remaining() == 0 ? Refusal.conflict("This meal share is sold out")
                    : Refusal.conflict("Only " + event.remaining() + (event.remaining() == 1 ? " serving is" : " servings are")
                            + " left; you asked for " + servings);
        };
    }

    /**
     * The customer cancels their order before the event's cutoff; payment refunds it in full when it was paid.
     *
     * @throws Refusal.NotFound for another customer's order
     * @throws Refusal.Conflict after the cutoff, or when it is no longer live
     */
    @Transactional
    public MealOrder cancel(UUID customerUserId, long id, @Nullable String reason) {
        MealOrder found = orders.find(id).filter(order -> order.customerUserId().equals(customerUserId))
                .orElseThrow(() -> Refusal.notFound("Order not found"));
        List<FieldProblem> problems = new ArrayList<>();
        String why = FreeText.check("reason", reason, 500, true, problems);
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        // the event first, then the order, then its parent: the order every path locks them in
        MealEvent event = events.lock(found.mealEventId()).orElseThrow();
        MealOrder order = orders.lock(id).orElseThrow();
        if (!order.live()) {
            if (order.status().equals("cancelled") || order.status().equals("refunded")) {
                return order;
            }
            throw Refusal.conflict("This order is " + order.status() + " and can no longer be cancelled");
        }
        Instant now = clock.instant();
        if (!now.isBefore(event.orderCutoffAt())) {
            throw Refusal.conflict("Orders can be cancelled until the cutoff, "
                    + WHEN.format(event.orderCutoffAt().atZone(event.timeZone())) + " (" + event.timeZone().getId()
                    + "); ask the chef");
        }
        cancelOne(order, why == null ? "Cancelled by the customer" : why, now);
        schedule.announce(order.mealEventId());
        return orders.find(id).orElseThrow();
    }

    /** Cancels every live order of a cancelled event; payment refunds the paid ones, each once. */
    @Transactional
    int cancelAllOf(MealEvent event, String reason) {
        Instant now = clock.instant();
        List<MealOrder> live = orders.lockLiveOf(event.id());
        live.forEach(order -> cancelOne(order, reason, now));
        return live.size();
    }

    /**
     * Lets go of orders left unpaid past the hold, so their servings go back on sale; each in a transaction of its
     * own, so one that cannot be released now holds up no other.
     */
    public int releaseUnpaid(Instant placedBefore, int limit) {
        int released = 0;
        for (long id : transactions.execute(status -> orders.unpaidSince(placedBefore, limit))) {
            Boolean done = transactions.execute(status -> {
                Optional<MealOrder> found = orders.find(id);
                if (found.isEmpty()) {
                    return false;
                }
                events.lock(found.get().mealEventId());
                Optional<MealOrder> order = orders.lock(id).filter(unpaid -> unpaid.status().equals("placed"));
                order.ifPresent(unpaid -> {
                    cancelOne(unpaid, "Not paid in time; the servings went back on sale", clock.instant());
                    schedule.announce(unpaid.mealEventId());
                });
                return order.isPresent();
            });
            if (Boolean.TRUE.equals(done)) {
                released++;
            }
        }
        return released;
    }

    /**
     * Events that took place are completed: their paid orders with them, and an order still unpaid when the meal
     * began is cancelled (never charged).
     */
    @Transactional
    public int completeFinished(Instant begunBefore, int limit) {
        int completed = 0;
        for (long id : events.begunBefore(begunBefore, limit)) {
            MealEvent event = events.lock(id).orElseThrow();
            if (!event.status().equals("open") && !event.status().equals("closed")) {
                continue;
            }
            Instant now = clock.instant();
            for (MealOrder order : orders.lockLiveOf(id)) {
                if (order.status().equals("paid")) {
                    orders.setStatus(order.id(), "completed", null, now);
                    parents.complete(order.orderId());
                } else {
                    cancelOne(order, "Not paid before the meal", now);
                }
            }
            events.complete(id, now);
            schedule.announce(id);
            completed++;
        }
        return completed;
    }

    private void cancelOne(MealOrder order, String reason, Instant now) {
        orders.setStatus(order.id(), "cancelled", reason, now);
        events.releaseServings(order.mealEventId(), order.quantity(), now);
        parents.cancel(order.orderId(), reason);
        log.info("Meal order {} of meal share {} cancelled: {}", order.id(), order.mealEventId(), reason);
    }

    @Override
    public void lockFor(long orderId) {
        orders.byParent(orderId).ifPresent(order -> {
            events.lock(order.mealEventId());
            orders.lockByParent(orderId);
        });
    }

    @Override
    public void paid(ParentOrder parent) {
        orders.lockByParent(parent.id()).filter(order -> order.status().equals("placed"))
                .ifPresent(order -> orders.setStatus(order.id(), "paid", null, clock.instant()));
    }

    @Override
    public void refunded(ParentOrder parent) {
        orders.lockByParent(parent.id()).ifPresent(order -> {
            Instant now = clock.instant();
            if (order.live()) {
                // refunded from Stripe's dashboard while the order stood: the customer is not coming
                events.releaseServings(order.mealEventId(), order.quantity(), now);
                schedule.announce(order.mealEventId());
            }
            orders.setStatus(order.id(), "refunded", null, now);
        });
    }

    /** The customer's orders, newest first, with their events. */
    @Transactional(readOnly = true)
    public Page<Ordered> ofCustomer(UUID customerUserId, @Nullable List<String> statuses, int page, int pageSize) {
        List<MealOrder> found = orders.ofCustomer(customerUserId, statuses, Page.offset(page, pageSize), pageSize);
        return new Page<>(withEvents(found), orders.countOfCustomer(customerUserId, statuses), page, pageSize);
    }

    /** The orders of the chef's events, newest first. */
    @Transactional(readOnly = true)
    public Page<Ordered> ofChef(MarketplaceChef chef, int page, int pageSize) {
        List<MealOrder> found = orders.ofChef(chef.userId(), Page.offset(page, pageSize), pageSize);
        return new Page<>(withEvents(found), orders.countOfChef(chef.userId()), page, pageSize);
    }

    /** The customer's order: theirs only. */
    @Transactional(readOnly = true)
    public Ordered ofCustomer(UUID customerUserId, long id) {
        MealOrder order = orders.find(id).filter(found -> found.customerUserId().equals(customerUserId))
                .orElseThrow(() -> Refusal.notFound("Order not found"));
        return withEvents(List.of(order)).getFirst();
    }

    /** An order with its event and parent Order. */
    public record Ordered(MealOrder order, MealEvent event, ParentOrder parent) {
    }

    private List<Ordered> withEvents(List<MealOrder> found) {
        Map<Long, MealEvent> byId = found.stream().map(MealOrder::mealEventId).distinct()
                .map(events::find).flatMap(Optional::stream)
                .collect(Collectors.toMap(MealEvent::id, Function.identity()));
        return found.stream().map(order -> new Ordered(order, byId.get(order.mealEventId()),
                parents.find(order.orderId()).orElseThrow())).toList();
    }
}
