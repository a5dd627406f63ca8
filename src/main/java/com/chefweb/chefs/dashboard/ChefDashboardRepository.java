package com.chefweb.chefs.dashboard;

import static com.chefweb.chefs.jooq.Tables.DASHBOARD_COMMITMENT;
import static com.chefweb.chefs.jooq.Tables.DASHBOARD_OFFERING;
import static com.chefweb.chefs.jooq.Tables.DASHBOARD_SALE;
import static com.chefweb.chefs.jooq.Tables.MEMBER;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import com.chefweb.chefs.events.ChefCommitmentReported;
import com.chefweb.chefs.events.ChefOfferingReported;
import com.chefweb.chefs.events.ChefSalePaid;
import com.chefweb.shared.money.Money;

/** The dashboard's read models; each copy is replaced only by newer news, and a fact heard twice is kept once. */
@Repository
class ChefDashboardRepository {

    private final DSLContext db;

    ChefDashboardRepository(DSLContext db) {
        this.db = db;
    }

    void saveMember(UUID userId, boolean emailConfirmed, Instant savedAt) {
        db.insertInto(MEMBER).set(MEMBER.USER_ID, userId).set(MEMBER.EMAIL_CONFIRMED, emailConfirmed)
                .set(MEMBER.SAVED_AT, savedAt)
                .onConflict(MEMBER.USER_ID).doUpdate()
                .set(MEMBER.EMAIL_CONFIRMED, emailConfirmed).set(MEMBER.SAVED_AT, savedAt)
                .where(MEMBER.SAVED_AT.lt(savedAt))
                .execute();
    }

    Optional<Boolean> emailConfirmed(UUID userId) {
        return db.select(MEMBER.EMAIL_CONFIRMED).from(MEMBER).where(MEMBER.USER_ID.eq(userId))
                .fetchOptional(MEMBER.EMAIL_CONFIRMED);
    }

    void saveOffering(ChefOfferingReported offering) {
        db.insertInto(DASHBOARD_OFFERING)
                .set(DASHBOARD_OFFERING.OFFERING_ID, offering.offeringId())
                .set(DASHBOARD_OFFERING.CHEF_USER_ID, offering.chefUserId())
                .set(DASHBOARD_OFFERING.TITLE, offering.title())
                .set(DASHBOARD_OFFERING.ORDERABLE, offering.orderable())
                .set(DASHBOARD_OFFERING.VERSION, offering.version())
                .onConflict(DASHBOARD_OFFERING.OFFERING_ID).doUpdate()
                .set(DASHBOARD_OFFERING.TITLE, offering.title())
                .set(DASHBOARD_OFFERING.ORDERABLE, offering.orderable())
                .set(DASHBOARD_OFFERING.VERSION, offering.version())
                .where(DASHBOARD_OFFERING.VERSION.lt(offering.version()))
                .execute();
    }

    int orderableOfferings(UUID chefUserId) {
        return db.fetchCount(DASHBOARD_OFFERING, DASHBOARD_OFFERING.CHEF_USER_ID.eq(chefUserId),
                DASHBOARD_OFFERING.ORDERABLE.isTrue());
    }

    /** Both writers upsert the one row of the order, so neither can miss the other whatever the order they run in. */
    void saveSale(ChefSalePaid paid) {
        db.insertInto(DASHBOARD_SALE)
                .set(DASHBOARD_SALE.ORDER_ID, paid.orderId())
                .set(DASHBOARD_SALE.CHEF_USER_ID, paid.chefId())
                .set(DASHBOARD_SALE.CUSTOMER_USER_ID, paid.customerUserId())
                .set(DASHBOARD_SALE.AMOUNT_MINOR, paid.amount().minorUnits())
                .set(DASHBOARD_SALE.FEE_MINOR, paid.platformFee().minorUnits())
                .set(DASHBOARD_SALE.CURRENCY, paid.amount().currency().getCurrencyCode())
                .set(DASHBOARD_SALE.PAID_AT, paid.paidAt())
                .onConflict(DASHBOARD_SALE.ORDER_ID).doUpdate()
                .set(DASHBOARD_SALE.CHEF_USER_ID, paid.chefId())
                .set(DASHBOARD_SALE.CUSTOMER_USER_ID, paid.customerUserId())
                .set(DASHBOARD_SALE.AMOUNT_MINOR, paid.amount().minorUnits())
                .set(DASHBOARD_SALE.FEE_MINOR, paid.platformFee().minorUnits())
                .set(DASHBOARD_SALE.CURRENCY, paid.amount().currency().getCurrencyCode())
                .set(DASHBOARD_SALE.PAID_AT, paid.paidAt())
                .execute();
    }

    void saveRefund(UUID orderId, Instant refundedAt) {
        db.insertInto(DASHBOARD_SALE)
                .set(DASHBOARD_SALE.ORDER_ID, orderId)
                .set(DASHBOARD_SALE.REFUNDED_AT, refundedAt)
                .onConflict(DASHBOARD_SALE.ORDER_ID).doUpdate()
                .set(DASHBOARD_SALE.REFUNDED_AT, DSL.coalesce(DASHBOARD_SALE.REFUNDED_AT, DSL.val(refundedAt)))
                .execute();
    }

    /** What the chef kept (the payments less the platform's fee) of sales paid in the range and not refunded. */
    List<Money> revenue(UUID chefUserId, Instant from, Instant until) {
        return db.select(DASHBOARD_SALE.CURRENCY, DSL.sum(DASHBOARD_SALE.AMOUNT_MINOR.minus(DASHBOARD_SALE.FEE_MINOR)))
                .from(DASHBOARD_SALE)
                .where(DASHBOARD_SALE.CHEF_USER_ID.eq(chefUserId), DASHBOARD_SALE.REFUNDED_AT.isNull(),
                        DASHBOARD_SALE.PAID_AT.ge(from), DASHBOARD_SALE.PAID_AT.lt(until))
                .groupBy(DASHBOARD_SALE.CURRENCY)
                .fetch(row -> Money.ofMinor(row.value2().longValue(), row.value1().strip()));
    }

    /** Customers with a paid sale since {@code since} (null: ever). */
    int clients(UUID chefUserId, @Nullable Instant since) {
        var where = DASHBOARD_SALE.CHEF_USER_ID.eq(chefUserId).and(DASHBOARD_SALE.REFUNDED_AT.isNull());
        if (since != null) {
            where = where.and(DASHBOARD_SALE.PAID_AT.ge(since));
        }
        return db.select(DSL.countDistinct(DASHBOARD_SALE.CUSTOMER_USER_ID)).from(DASHBOARD_SALE).where(where)
                .fetchSingle(0, Integer.class);
    }

    /** Customers whose first paid sale with the chef came on or after {@code since}. */
    int newClients(UUID chefUserId, Instant since) {
        var first = DSL.min(DASHBOARD_SALE.PAID_AT);
        return db.fetchCount(db.select(DASHBOARD_SALE.CUSTOMER_USER_ID).from(DASHBOARD_SALE)
                .where(DASHBOARD_SALE.CHEF_USER_ID.eq(chefUserId), DASHBOARD_SALE.REFUNDED_AT.isNull())
                .groupBy(DASHBOARD_SALE.CUSTOMER_USER_ID).having(first.ge(since)));
    }

    /** Per local day in {@code zone}: what the chef kept of paid, unrefunded sales, by currency, and how many. */
    List<DaySales> salesByDay(UUID chefUserId, java.time.ZoneId zone, Instant from, Instant until) {
        var day = DSL.field("({0} at time zone {1})::date", java.time.LocalDate.class, DASHBOARD_SALE.PAID_AT,
                DSL.inline(zone.getId()));
        return db.select(day, DASHBOARD_SALE.CURRENCY, DSL.sum(DASHBOARD_SALE.AMOUNT_MINOR.minus(DASHBOARD_SALE.FEE_MINOR)),
                        DSL.count())
                .from(DASHBOARD_SALE)
                .where(DASHBOARD_SALE.CHEF_USER_ID.eq(chefUserId), DASHBOARD_SALE.REFUNDED_AT.isNull(),
                        DASHBOARD_SALE.PAID_AT.ge(from), DASHBOARD_SALE.PAID_AT.lt(until))
                .groupBy(day, DASHBOARD_SALE.CURRENCY)
                .fetch(row -> new DaySales(row.value1(), Money.ofMinor(row.value3().longValue(), row.value2().strip()),
                        row.value4()));
    }

    /** Per local day in {@code zone}: customers whose first paid sale with the chef came that day. */
    List<DayCount> newClientsByDay(UUID chefUserId, java.time.ZoneId zone, Instant from, Instant until) {
        var first = DSL.min(DASHBOARD_SALE.PAID_AT).as("first_paid");
        var firsts = db.select(DASHBOARD_SALE.CUSTOMER_USER_ID, first).from(DASHBOARD_SALE)
                .where(DASHBOARD_SALE.CHEF_USER_ID.eq(chefUserId), DASHBOARD_SALE.REFUNDED_AT.isNull())
                .groupBy(DASHBOARD_SALE.CUSTOMER_USER_ID).asTable("firsts");
        var firstPaid = firsts.field("first_paid", Instant.class);
        var day = DSL.field("({0} at time zone {1})::date", java.time.LocalDate.class, firstPaid, DSL.inline(zone.getId()));
        return db.select(day, DSL.count()).from(firsts).where(firstPaid.ge(from), firstPaid.lt(until)).groupBy(day)
                .fetch(row -> new DayCount(row.value1(), row.value2()));
    }

    record DaySales(java.time.LocalDate day, Money kept, int sales) {
    }

    record DayCount(java.time.LocalDate day, int count) {
    }

    void saveCommitment(ChefCommitmentReported reported) {
        db.insertInto(DASHBOARD_COMMITMENT)
                .set(DASHBOARD_COMMITMENT.KIND, reported.kind())
                .set(DASHBOARD_COMMITMENT.ID, reported.id())
                .set(DASHBOARD_COMMITMENT.CHEF_USER_ID, reported.chefUserId())
                .set(DASHBOARD_COMMITMENT.TITLE, reported.title())
                .set(DASHBOARD_COMMITMENT.STARTS_AT, reported.startsAt())
                .set(DASHBOARD_COMMITMENT.STATUS, reported.status())
                .set(DASHBOARD_COMMITMENT.ORDERS_COUNT, reported.ordersCount())
                .set(DASHBOARD_COMMITMENT.OFFERING_ID, reported.offeringId())
                .set(DASHBOARD_COMMITMENT.CHANGED_AT, reported.changedAt())
                .onConflict(DASHBOARD_COMMITMENT.KIND, DASHBOARD_COMMITMENT.ID).doUpdate()
                .set(DASHBOARD_COMMITMENT.TITLE, reported.title())
                .set(DASHBOARD_COMMITMENT.STARTS_AT, reported.startsAt())
                .set(DASHBOARD_COMMITMENT.STATUS, reported.status())
                .set(DASHBOARD_COMMITMENT.ORDERS_COUNT, reported.ordersCount())
                .set(DASHBOARD_COMMITMENT.CHANGED_AT, reported.changedAt())
                .where(DASHBOARD_COMMITMENT.CHANGED_AT.le(reported.changedAt()))
                .execute();
    }

    /** Meal events still to come that are open or closed to orders, and service orders held or confirmed. */
    List<Commitment> upcoming(UUID chefUserId, Instant now, int limit) {
        return db.selectFrom(DASHBOARD_COMMITMENT)
                .where(DASHBOARD_COMMITMENT.CHEF_USER_ID.eq(chefUserId), DASHBOARD_COMMITMENT.STARTS_AT.gt(now),
                        DASHBOARD_COMMITMENT.STATUS.in("open", "closed", "awaiting_payment", "confirmed"))
                .orderBy(DASHBOARD_COMMITMENT.STARTS_AT).limit(limit)
                .fetch(row -> new Commitment(row.getKind(), row.getId(), row.getTitle(), row.getStartsAt(),
                        row.getStatus(), row.getOrdersCount()));
    }

    int count(UUID chefUserId, String kind, List<String> statuses, @Nullable Instant startsFrom,
            @Nullable Instant startsBefore) {
        var where = DASHBOARD_COMMITMENT.CHEF_USER_ID.eq(chefUserId).and(DASHBOARD_COMMITMENT.KIND.eq(kind))
                .and(DASHBOARD_COMMITMENT.STATUS.in(statuses));
        if (startsFrom != null) {
            where = where.and(DASHBOARD_COMMITMENT.STARTS_AT.ge(startsFrom));
        }
        if (startsBefore != null) {
            where = where.and(DASHBOARD_COMMITMENT.STARTS_AT.lt(startsBefore));
        }
        return db.fetchCount(DASHBOARD_COMMITMENT, where);
    }

    /** The chef's services by how many orders (not cancelled) they have. */
    List<TopService> topServices(UUID chefUserId, int limit) {
        var orders = DSL.count();
        return db.select(DASHBOARD_OFFERING.OFFERING_ID, DASHBOARD_OFFERING.TITLE, orders)
                .from(DASHBOARD_COMMITMENT).join(DASHBOARD_OFFERING)
                .on(DASHBOARD_OFFERING.OFFERING_ID.eq(DASHBOARD_COMMITMENT.OFFERING_ID))
                .where(DASHBOARD_COMMITMENT.CHEF_USER_ID.eq(chefUserId),
                        DASHBOARD_COMMITMENT.KIND.eq("service_order"),
                        DASHBOARD_COMMITMENT.STATUS.in("awaiting_payment", "confirmed", "completed"))
                .groupBy(DASHBOARD_OFFERING.OFFERING_ID, DASHBOARD_OFFERING.TITLE)
                .orderBy(orders.desc(), DASHBOARD_OFFERING.OFFERING_ID).limit(limit)
                .fetch(row -> new TopService(row.value1(), row.value2(), row.value3()));
    }

    record Commitment(String kind, long id, String title, Instant startsAt, String status, int ordersCount) {
    }

    record TopService(long id, String name, int orderCount) {
    }
}
