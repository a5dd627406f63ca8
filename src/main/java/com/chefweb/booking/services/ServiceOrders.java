package com.chefweb.booking.services;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.chefweb.booking.events.ChefScheduleChanged;
import com.chefweb.booking.events.MarketplaceOrderType;
import com.chefweb.booking.marketplace.MarketplaceChef;
import com.chefweb.booking.marketplace.MarketplacePeople;
import com.chefweb.booking.marketplace.Page;
import com.chefweb.booking.orders.OrderedItems;
import com.chefweb.booking.orders.ParentOrder;
import com.chefweb.booking.orders.ParentOrders;
import com.chefweb.shared.money.Money;
import com.chefweb.shared.refusal.FieldProblem;
import com.chefweb.shared.refusal.FreeText;
import com.chefweb.shared.refusal.Refusal;
import com.chefweb.shared.time.LocalTimes;
import com.chefweb.shared.web.Provided;

/**
 * Customers' orders of chefs' services. The tier is the one that serves the household's size; the chef's time is
 * taken when the order has a date and a start (it then awaits payment), and the database never lets two held or
 * confirmed orders of one chef overlap. Every order is paid through its parent Order; one changed before it is paid
 * is paid through a new one (the earlier is cancelled), and one left unpaid past the hold is cancelled. A customer
 * may cancel until a day before; a paid order is then refunded in full.
 */
@Service
public class ServiceOrders implements OrderedItems {

    private static final Logger log = LoggerFactory.getLogger(ServiceOrders.class);
    private static final Duration CANCEL_NOTICE = Duration.ofHours(24);
    private static final int DEFAULT_DURATION = 120;
    private static final Set<String> DELIVERY = Set.of("customer_pickup", "self_delivery", "third_party");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.US);

    private final ServiceOrderRepository orders;
    private final OfferingCopyRepository offerings;
    private final ParentOrders parents;
    private final MarketplacePeople people;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ServiceOrders(ServiceOrderRepository orders, OfferingCopyRepository offerings, ParentOrders parents,
            MarketplacePeople people, ApplicationEventPublisher events, TransactionTemplate transactions,
            Clock clock) {
        this.transactions = transactions;
        this.orders = orders;
        this.offerings = offerings;
        this.parents = parents;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public MarketplaceOrderType type() {
        return MarketplaceOrderType.SERVICE;
    }

    /**
     * Orders a service: a draft until it has a date and a start, then awaiting payment with the chef's time held.
     * The same idempotency key from the same customer gets the same order back.
     *
     * @throws Refusal.Invalid for a household no tier serves, a time in the past, fields too long
     * @throws Refusal.Conflict when the chef is booked then, or is not taking orders
     */
    @Transactional
    public Placed create(UUID customerUserId, ServiceOrderForm form, @Nullable String idempotencyKey) {
        if (idempotencyKey != null) {
            Optional<ServiceOrder> earlier = orders.byKey(customerUserId, idempotencyKey);
            if (earlier.isPresent()) {
                return new Placed(earlier.get(), false);
            }
        }
        Long offeringId = form.offeringId() == null ? null : form.offeringId().value();
        if (offeringId == null) {
            throw Refusal.invalid("offering_id", "Choose the service to order");
        }
        OfferedService offering = offerings.find(offeringId).filter(OfferedService::active)
                .orElseThrow(() -> Refusal.notFound("Service not found"));
        MarketplaceChef chef = people.chef(offering.chefUserId()).orElseThrow(() -> Refusal.notFound(
                "Service not found"));
        if (chef.userId().equals(customerUserId)) {
            throw Refusal.rejected("Chefs cannot order their own services");
        }
        if (!chef.listed()) {
            throw Refusal.conflict(chef.name() + " is not taking orders right now; please try again later");
        }
        Instant now = clock.instant();
        ServiceOrder blank = new ServiceOrder(0, null, offering.id(), 0, chef.userId(), customerUserId, 0, null, null,
                chef.timeZone(), null, null, DEFAULT_DURATION, "", "", "", "customer_pickup", "draft",
                Money.zero(java.util.Currency.getInstance(offering.currency())), false, null, null, now, now);
        ServiceOrder order = checked(blank, offering, form, true, now);
        ServiceOrder draft = orders.insert(order, idempotencyKey).orElseThrow(() -> Refusal.conflict(
                "This order is being placed already; look at your orders in a moment"));
        return new Placed(draft.complete() ? place(draft, offering, now) : draft, true);
    }

    /** @param created false when a retried request found the order placed before */
    public record Placed(ServiceOrder order, boolean created) {
    }

    /**
     * Changes only what was sent. An order awaiting payment whose price or time changes is paid anew (its earlier
     * checkout is cancelled); a confirmed one no longer changes here.
     */
    @Transactional
    public ServiceOrder change(UUID customerUserId, long id, ServiceOrderForm form) {
        ServiceOrder order = own(customerUserId, id);
        if (!order.status().equals("draft") && !order.status().equals("awaiting_payment")) {
            throw Refusal.conflict("This order is " + order.status() + " and can no longer change; ask the chef");
        }
        OfferedService offering = offerings.find(order.offeringId()).orElseThrow();
        Instant now = clock.instant();
        ServiceOrder changed = checked(order, offering, form, false, now);
        boolean samePayment = Objects.equals(changed.startsAt(), order.startsAt())
                && Objects.equals(changed.endsAt(), order.endsAt()) && changed.amount().equals(order.amount())
                && changed.tierId() == order.tierId();
        if (order.status().equals("awaiting_payment") && samePayment) {
            save(changed);
            return orders.find(id).orElseThrow();
        }
        if (order.status().equals("awaiting_payment")) {
            // the page it was to be paid on no longer fits: that order is cancelled, a new one opened below
            parents.cancel(Objects.requireNonNull(order.orderId()), "The order changed before it was paid");
        }
        ServiceOrder draft = changed.with("draft", null);
        save(draft);
        return draft.complete() ? place(draft, offering, now) : draft;
    }

    /**
     * The customer cancels: a draft or unpaid order at once; a confirmed one until a day before it, refunded in full.
     *
     * @throws Refusal.Conflict inside the last day, or once completed
     */
    @Transactional
    public ServiceOrder cancel(UUID customerUserId, long id, @Nullable String reason) {
        ServiceOrder order = own(customerUserId, id);
        List<FieldProblem> problems = new ArrayList<>();
        String why = FreeText.check("reason", reason, 500, true, problems);
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        switch (order.status()) {
            case "cancelled", "refunded" -> {
                return order;
            }
            case "completed" -> throw Refusal.conflict("This order is completed and can no longer be cancelled");
            case "confirmed" -> {
                if (order.startsAt() != null && clock.instant().plus(CANCEL_NOTICE).isAfter(order.startsAt())) {
                    throw Refusal.conflict("Orders can be cancelled up to a day before; ask the chef");
                }
            }
            default -> {
                // a draft or an unpaid order
            }
        }
        String told = why == null ? "Cancelled by the customer" : why;
        ServiceOrder cancelled = withStatus(order, "cancelled", told);
        save(cancelled);
        if (order.orderId() != null) {
            parents.cancel(order.orderId(), told);
        }
        log.info("Service order {} cancelled by its customer: {}", id, told);
        return orders.find(id).orElseThrow();
    }

    /**
     * Cancels orders left unpaid past the hold (counted from when their Order was opened), so the chef's time is
     * free again; each in a transaction of its own. The customer orders again to book that time.
     */
    public int releaseUnpaid(Instant openedBefore, int limit) {
        int released = 0;
        for (long id : transactions.execute(status -> orders.unpaidSince(openedBefore, limit))) {
            Boolean done = transactions.execute(status -> {
                // looked at again under the lock: an order changed since was placed anew, and its new Order is young
                Optional<ServiceOrder> order = orders.lock(id).filter(found -> found.status().equals("awaiting_payment"))
                        .filter(found -> found.orderId() != null && parents.find(found.orderId())
                                .filter(parent -> parent.createdAt().isBefore(openedBefore)).isPresent());
                order.ifPresent(unpaid -> {
                    String reason = "Not paid in time; the chef's time was released";
                    save(withStatus(unpaid, "cancelled", reason));
                    parents.cancel(Objects.requireNonNull(unpaid.orderId()), reason);
                });
                return order.isPresent();
            });
            if (Boolean.TRUE.equals(done)) {
                released++;
            }
        }
        return released;
    }

    /** Confirmed orders whose time has passed are completed. */
    @Transactional
    public int completeFinished(int limit) {
        int completed = 0;
        for (long id : orders.finishedBefore(clock.instant(), limit)) {
            Optional<ServiceOrder> order = orders.lock(id).filter(found -> found.status().equals("confirmed"));
            if (order.isPresent()) {
                save(order.get().with("completed", order.get().orderId()));
                parents.complete(Objects.requireNonNull(order.get().orderId()));
                completed++;
            }
        }
        return completed;
    }

    @Override
    public void paid(ParentOrder parent) {
        orders.lockByParent(parent.id()).filter(order -> order.status().equals("awaiting_payment"))
                .ifPresent(order -> {
                    save(order.with("confirmed", order.orderId()));
                    log.info("Service order {} confirmed: paid through order {}", order.id(), parent.id());
                });
    }

    @Override
    public void refunded(ParentOrder parent) {
        orders.lockByParent(parent.id()).filter(order -> !order.status().equals("draft"))
                .ifPresent(order -> save(order.with("refunded", order.orderId())));
    }

    @Transactional(readOnly = true)
    public ServiceOrder ofCustomer(UUID customerUserId, long id) {
        return orders.find(id).filter(order -> order.customerUserId().equals(customerUserId))
                .orElseThrow(() -> Refusal.notFound("Order not found"));
    }

    @Transactional(readOnly = true)
    public Page<ServiceOrder> ofCustomer(UUID customerUserId, @Nullable List<String> statuses, int page,
            int pageSize) {
        return new Page<>(orders.ofCustomer(customerUserId, statuses, Page.offset(page, pageSize), pageSize),
                orders.countOfCustomer(customerUserId, statuses), page, pageSize);
    }

    @Transactional(readOnly = true)
    public List<ServiceOrder> ofChef(MarketplaceChef chef) {
        return orders.ofChef(chef.userId(), 500);
    }

    @Transactional(readOnly = true)
    public Optional<OfferedService> offering(long offeringId) {
        return offerings.find(offeringId);
    }

    private ServiceOrder withStatus(ServiceOrder order, String status, @Nullable String reason) {
        return new ServiceOrder(order.id(), order.orderId(), order.offeringId(), order.tierId(), order.chefUserId(),
                order.customerUserId(), order.householdSize(), order.serviceDate(), order.serviceStartTime(),
                order.timeZone(), order.startsAt(), order.endsAt(), order.durationMinutes(), order.address(),
                order.specialRequests(), order.scheduleNotes(), order.deliveryMethod(), status, order.amount(),
                order.recurring(), order.recurrenceInterval(), reason, order.createdAt(), clock.instant());
    }

    @Override
    public void lockFor(long orderId) {
        orders.lockByParent(orderId);
    }

    private ServiceOrder own(UUID customerUserId, long id) {
        return orders.lock(id).filter(order -> order.customerUserId().equals(customerUserId))
                .orElseThrow(() -> Refusal.notFound("Order not found"));
    }

    /** Holds the chef's time and opens the parent Order the customer pays. */
    private ServiceOrder place(ServiceOrder draft, OfferedService offering, Instant now) {
        if (orders.chefBusy(draft.chefUserId(), draft.startsAt(), draft.endsAt(), draft.id())) {
            throw busy();
        }
        ParentOrder parent = parents.open(MarketplaceOrderType.SERVICE, draft.chefUserId(), draft.customerUserId(),
                draft.amount(), null);
        ServiceOrder held = draft.with("awaiting_payment", parent.id());
        save(held);
        OfferedService.Tier tier = offering.tiers().stream().filter(t -> t.id() == draft.tierId()).findFirst()
                .orElseThrow();
        parents.announce(parent, held.id(), offering.title() + " – " + tier.label() + ", "
                + WHEN.format(held.startsAt().atZone(held.timeZone())), held.startsAt(), held.timeZone());
        log.info("Service order {} awaits payment through order {}: {}", held.id(), parent.id(), held.amount());
        return orders.find(held.id()).orElseThrow();
    }

    private void save(ServiceOrder order) {
        try {
            orders.update(order);
        } catch (DataIntegrityViolationException taken) {
            // another order took the chef's time between the check and the update; the constraint caught it
            throw busy();
        }
        String title = offerings.find(order.offeringId()).map(OfferedService::title).orElse("Service");
        events.publishEvent(new ChefScheduleChanged(order.chefUserId(), "service_order", order.id(), title,
                order.startsAt(), order.status(), 0, order.offeringId(), clock.instant()));
    }

    private static Refusal busy() {
        return Refusal.conflict("The chef is booked at that time; please choose another time");
    }

    private ServiceOrder checked(ServiceOrder order, OfferedService offering, ServiceOrderForm form, boolean creating,
            Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        int household = order.householdSize();
        if (form.householdSize() != null || creating) {
            Integer given = value(form.householdSize());
            if (given == null || given < 1 || given > 100) {
                problems.add(new FieldProblem("household_size", "Give a household size from 1 to 100"));
            } else {
                household = given;
            }
        }
        OfferedService.Tier tier = tier(offering, order, form, household, creating, problems);
        LocalDate date = order.serviceDate();
        if (form.serviceDate() != null) {
            date = date(value(form.serviceDate()), problems);
        }
        LocalTime time = order.serviceStartTime();
        if (form.serviceStartTime() != null) {
            time = time(value(form.serviceStartTime()), problems);
        }
        int duration = order.durationMinutes();
        if (form.durationMinutes() != null && value(form.durationMinutes()) != null) {
            int given = value(form.durationMinutes());
            if (given < 15 || given > 1440) {
                problems.add(new FieldProblem("duration_minutes", "Give 15 to 1440 minutes"));
            } else {
                duration = given;
            }
        } else if (creating || form.tierId() != null || form.householdSize() != null) {
            duration = tier != null && tier.durationMinutes() != null ? tier.durationMinutes()
                    : offering.defaultDurationMinutes() != null ? offering.defaultDurationMinutes() : DEFAULT_DURATION;
        }
        ZoneId zone = order.timeZone();
        Instant starts = null;
        Instant ends = null;
        if (date != null && time != null) {
            starts = LocalTimes.instantOf(LocalDateTime.of(date, time), zone).orElse(null);
        }
        if (date != null && time != null && starts == null) {
            problems.add(new FieldProblem("service_start_time", "That time does not exist in " + zone.getId()
                    + " on " + date + " (the clocks move forward); choose another"));
        } else if (starts != null) {
            ends = starts.plus(duration, ChronoUnit.MINUTES);
            if (!starts.isAfter(now.plus(1, ChronoUnit.HOURS))) {
                problems.add(new FieldProblem("service_date", "Choose a date and time at least an hour from now"));
            } else if (starts.isAfter(now.plus(400, ChronoUnit.DAYS))) {
                problems.add(new FieldProblem("service_date", "Choose a date within the next 400 days"));
            }
        }
        String address = text("address", form.address(), order.address(), 500, true, problems);
        if (form.address() == null && (form.savedAddress() || address.isBlank())) {
            // the app names the customer's saved address by an id: the chef needs the address itself
            address = people.addressOf(order.customerUserId()).orElse(address);
        }
        String requests = text("special_requests", form.specialRequests(), order.specialRequests(), 2000, true,
                problems);
        String notes = text("schedule_preferences", form.scheduleNotes(), order.scheduleNotes(), 1000, true, problems);
        String delivery = order.deliveryMethod();
        if (form.deliveryMethod() != null && value(form.deliveryMethod()) != null) {
            String given = value(form.deliveryMethod()).strip().toLowerCase(Locale.ROOT);
            if (!DELIVERY.contains(given)) {
                problems.add(new FieldProblem("delivery_method", "Choose customer_pickup, self_delivery or third_party"));
            } else {
                delivery = given;
            }
        }
        if (!problems.isEmpty() || tier == null) {
            throw Refusal.invalid(problems);
        }
        return new ServiceOrder(order.id(), order.orderId(), offering.id(), tier.id(), order.chefUserId(),
                order.customerUserId(), household, date, time, zone, starts, ends, duration, address, requests, notes,
                delivery, order.status(), Money.ofMinor(tier.amountMinor(), offering.currency()), tier.recurring(),
                tier.recurrenceInterval(), order.cancellationReason(), order.createdAt(), now);
    }

    /** The tier asked for if it serves the household; otherwise the one that does. */
    private static OfferedService.@Nullable Tier tier(OfferedService offering, ServiceOrder order,
            ServiceOrderForm form, int household, boolean creating, List<FieldProblem> problems) {
        Long asked = form.tierId() == null ? (creating ? null : Long.valueOf(order.tierId())) : form.tierId().value();
        List<OfferedService.Tier> bookable = offering.tiers().stream().filter(OfferedService.Tier::bookable).toList();
        if (asked != null) {
            Optional<OfferedService.Tier> tier = bookable.stream().filter(t -> t.id() == asked).findFirst();
            if (tier.isPresent() && tier.get().serves(household)) {
                return tier.get();
            }
            if (tier.isEmpty() && form.tierId() != null) {
                problems.add(new FieldProblem("tier_id", "Choose one of this service's tiers"));
                return null;
            }
        }
        Optional<OfferedService.Tier> fitting = bookable.stream().filter(t -> t.serves(household))
                .min(Comparator.comparingInt(OfferedService.Tier::householdMin));
        if (fitting.isEmpty() && household > 0) {
            problems.add(new FieldProblem("household_size", "This service has no price for a household of "
                    + household + "; " + ranges(bookable)));
        }
        return fitting.orElse(null);
    }

    private static String ranges(List<OfferedService.Tier> tiers) {
        return tiers.isEmpty() ? "it cannot be ordered yet"
                : "it serves " + String.join(", ", tiers.stream().map(OfferedService.Tier::label).toList());
    }

    private static <T> @Nullable T value(@Nullable Provided<T> provided) {
        return provided == null ? null : provided.value();
    }

    private static String text(String field, @Nullable Provided<String> given, String current, int max,
            boolean paragraphs, List<FieldProblem> problems) {
        if (given == null) {
            return current;
        }
        String clean = FreeText.check(field, given.value(), max, paragraphs, problems);
        return clean == null ? "" : clean;
    }

    private static @Nullable LocalDate date(@Nullable String given, List<FieldProblem> problems) {
        if (given == null || given.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(given.strip());
        } catch (DateTimeException notADate) {
            problems.add(new FieldProblem("service_date", "Give the date as YYYY-MM-DD"));
            return null;
        }
    }

    private static @Nullable LocalTime time(@Nullable String given, List<FieldProblem> problems) {
        if (given == null || given.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(given.strip()).truncatedTo(ChronoUnit.MINUTES);
        } catch (DateTimeException notATime) {
            problems.add(new FieldProblem("service_start_time", "Give the start as HH:MM"));
            return null;
        }
    }
}
