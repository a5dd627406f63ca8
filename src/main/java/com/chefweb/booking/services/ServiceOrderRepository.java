package com.chefweb.booking.services;

import static com.chefweb.booking.jooq.Tables.CUSTOMER_ORDER;
import static com.chefweb.booking.jooq.Tables.SERVICE_ORDER;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import com.chefweb.booking.jooq.tables.records.ServiceOrderRecord;
import com.chefweb.shared.money.Money;

@Repository
class ServiceOrderRepository {

    private static final List<String> HOLDING_TIME = List.of("awaiting_payment", "confirmed");

    private final DSLContext db;

    ServiceOrderRepository(DSLContext db) {
        this.db = db;
    }

    /** Empty when the customer's idempotency key is already taken by an order being placed at this moment. */
    Optional<ServiceOrder> insert(ServiceOrder order, @Nullable String idempotencyKey) {
        ServiceOrderRecord row = db.newRecord(SERVICE_ORDER);
        fill(row, order);
        row.setIdempotencyKey(idempotencyKey);
        row.setCreatedAt(order.createdAt());
        return db.insertInto(SERVICE_ORDER).set(row).onConflictDoNothing().returning()
                .fetchOptional(ServiceOrderRepository::toOrder);
    }

    /** Saves the order; the exclusion constraint refuses a time the chef has given to another order. */
    void update(ServiceOrder order) {
        ServiceOrderRecord row = db.newRecord(SERVICE_ORDER);
        fill(row, order);
        db.update(SERVICE_ORDER).set(row).where(SERVICE_ORDER.ID.eq(order.id())).execute();
    }

    private static void fill(ServiceOrderRecord row, ServiceOrder order) {
        row.setOrderId(order.orderId());
        row.setOfferingId(order.offeringId());
        row.setTierId(order.tierId());
        row.setChefUserId(order.chefUserId());
        row.setCustomerUserId(order.customerUserId());
        row.setHouseholdSize(order.householdSize());
        row.setServiceDate(order.serviceDate());
        row.setServiceStartTime(order.serviceStartTime());
        row.setTimeZone(order.timeZone().getId());
        row.setStartsAt(order.startsAt());
        row.setEndsAt(order.endsAt());
        row.setDurationMinutes(order.durationMinutes());
        row.setAddress(order.address());
        row.setSpecialRequests(order.specialRequests());
        row.setScheduleNotes(order.scheduleNotes());
        row.setDeliveryMethod(order.deliveryMethod());
        row.setStatus(order.status());
        row.setAmountMinor(order.amount().minorUnits());
        row.setCurrency(order.amount().currency().getCurrencyCode());
        row.setRecurring(order.recurring());
        row.setRecurrenceInterval(order.recurrenceInterval());
        row.setCancellationReason(order.cancellationReason());
        row.setUpdatedAt(order.updatedAt());
    }

    Optional<ServiceOrder> byKey(UUID customerUserId, String idempotencyKey) {
        return db.selectFrom(SERVICE_ORDER).where(SERVICE_ORDER.CUSTOMER_USER_ID.eq(customerUserId),
                SERVICE_ORDER.IDEMPOTENCY_KEY.eq(idempotencyKey)).fetchOptional(ServiceOrderRepository::toOrder);
    }

    Optional<ServiceOrder> find(long id) {
        return db.selectFrom(SERVICE_ORDER).where(SERVICE_ORDER.ID.eq(id)).fetchOptional(ServiceOrderRepository::toOrder);
    }

    Optional<ServiceOrder> lock(long id) {
        return db.selectFrom(SERVICE_ORDER).where(SERVICE_ORDER.ID.eq(id)).forUpdate()
                .fetchOptional(ServiceOrderRepository::toOrder);
    }

    Optional<ServiceOrder> lockByParent(long orderId) {
        return db.selectFrom(SERVICE_ORDER).where(SERVICE_ORDER.ORDER_ID.eq(orderId)).forUpdate()
                .fetchOptional(ServiceOrderRepository::toOrder);
    }

    /** Whether another held or confirmed order of the chef overlaps the time, in the constraint's own terms. */
    boolean chefBusy(UUID chefUserId, Instant from, Instant until, long exceptId) {
        return db.fetchExists(SERVICE_ORDER, SERVICE_ORDER.CHEF_USER_ID.eq(chefUserId),
                SERVICE_ORDER.STATUS.in(HOLDING_TIME), SERVICE_ORDER.ID.ne(exceptId),
                DSL.condition("tstzrange({0}, {1}, '[)') && tstzrange({2}, {3}, '[)')", SERVICE_ORDER.STARTS_AT,
                        SERVICE_ORDER.ENDS_AT, DSL.val(from), DSL.val(until)));
    }

    List<ServiceOrder> ofCustomer(UUID customerUserId, @Nullable List<String> statuses, long offset, int limit) {
        return db.selectFrom(SERVICE_ORDER).where(ofCustomerWhere(customerUserId, statuses))
                .orderBy(SERVICE_ORDER.CREATED_AT.desc(), SERVICE_ORDER.ID.desc()).offset(offset).limit(limit)
                .fetch(ServiceOrderRepository::toOrder);
    }

    long countOfCustomer(UUID customerUserId, @Nullable List<String> statuses) {
        return db.selectCount().from(SERVICE_ORDER).where(ofCustomerWhere(customerUserId, statuses))
                .fetchSingle(0, Long.class);
    }

    private static Condition ofCustomerWhere(UUID customerUserId, @Nullable List<String> statuses) {
        Condition where = SERVICE_ORDER.CUSTOMER_USER_ID.eq(customerUserId);
        return statuses == null ? where : where.and(SERVICE_ORDER.STATUS.in(statuses));
    }

    /** The chef's orders that are more than a draft, the soonest first. */
    List<ServiceOrder> ofChef(UUID chefUserId, int limit) {
        return db.selectFrom(SERVICE_ORDER).where(SERVICE_ORDER.CHEF_USER_ID.eq(chefUserId),
                SERVICE_ORDER.STATUS.ne("draft"))
                .orderBy(SERVICE_ORDER.STARTS_AT.desc().nullsLast(), SERVICE_ORDER.ID.desc()).limit(limit)
                .fetch(ServiceOrderRepository::toOrder);
    }

    /** Confirmed orders whose time has passed. */
    List<Long> finishedBefore(Instant now, int limit) {
        return db.select(SERVICE_ORDER.ID).from(SERVICE_ORDER)
                .where(SERVICE_ORDER.STATUS.eq("confirmed"), SERVICE_ORDER.ENDS_AT.lt(now))
                .orderBy(SERVICE_ORDER.ENDS_AT).limit(limit).fetch(SERVICE_ORDER.ID);
    }

    /** Orders waiting for their money through an Order opened before {@code before} (an edit does not restart it). */
    List<Long> unpaidSince(Instant before, int limit) {
        return db.select(SERVICE_ORDER.ID).from(SERVICE_ORDER).join(CUSTOMER_ORDER)
                .on(CUSTOMER_ORDER.ID.eq(SERVICE_ORDER.ORDER_ID))
                .where(SERVICE_ORDER.STATUS.eq("awaiting_payment"), CUSTOMER_ORDER.CREATED_AT.lt(before))
                .orderBy(CUSTOMER_ORDER.CREATED_AT).limit(limit).fetch(SERVICE_ORDER.ID);
    }

    private static ServiceOrder toOrder(ServiceOrderRecord row) {
        return new ServiceOrder(row.getId(), row.getOrderId(), row.getOfferingId(), row.getTierId(),
                row.getChefUserId(), row.getCustomerUserId(), row.getHouseholdSize(), row.getServiceDate(),
                row.getServiceStartTime(), ZoneId.of(row.getTimeZone()), row.getStartsAt(), row.getEndsAt(),
                row.getDurationMinutes(), row.getAddress(), row.getSpecialRequests(), row.getScheduleNotes(),
                row.getDeliveryMethod(), row.getStatus(), Money.ofMinor(row.getAmountMinor(), row.getCurrency().strip()),
                row.getRecurring(), row.getRecurrenceInterval(), row.getCancellationReason(), row.getCreatedAt(),
                row.getUpdatedAt());
    }
}
