package com.chefweb.booking.domain;

import static com.chefweb.booking.jooq.Tables.BOOKING;
import static com.chefweb.booking.jooq.Tables.INQUIRY_STATUS;
import static com.chefweb.booking.jooq.Tables.PAYMENT_RECEIVED;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class DashboardRepository {

    private static final List<BookingStatus> HAPPENING = List.of(BookingStatus.CONFIRMED, BookingStatus.COMPLETED);

    private final DSLContext db;

    DashboardRepository(DSLContext db) {
        this.db = db;
    }

    int eventsOn(LocalDate day) {
        return db.fetchCount(BOOKING, BOOKING.EVENT_DATE.eq(day).and(BOOKING.STATUS.in(HAPPENING)));
    }

    int unpaidSince(Instant since) {
        return db.fetchCount(BOOKING, BOOKING.PAYMENT_STATUS.eq(BookingPaymentStatus.UNPAID)
                .and(BOOKING.STATUS.eq(BookingStatus.PENDING_PAYMENT))
                .and(BOOKING.CREATED_AT.ge(since)));
    }

    /** Money received in the period, in minor units: payments made then, less what was refunded of them. */
    long receivedBetween(Instant from, Instant until) {
        Long sum = db.select(DSL.sum(PAYMENT_RECEIVED.AMOUNT_MINOR.minus(PAYMENT_RECEIVED.REFUNDED_MINOR)))
                .from(PAYMENT_RECEIVED)
                .where(PAYMENT_RECEIVED.STATUS.ne(ReceivedPaymentStatus.FAILED))
                .and(PAYMENT_RECEIVED.PAID_AT.ge(from))
                .and(PAYMENT_RECEIVED.PAID_AT.lt(until))
                .fetchOne(0, Long.class);
        return sum == null ? 0 : sum;
    }

    int newInquiries() {
        return db.fetchCount(INQUIRY_STATUS, INQUIRY_STATUS.STATUS.eq("new"));
    }

    List<UUID> recent(int limit) {
        return db.select(BOOKING.ID).from(BOOKING).orderBy(BOOKING.CREATED_AT.desc(), BOOKING.ID).limit(limit)
                .fetch(BOOKING.ID);
    }

    List<UUID> happeningBetween(LocalDate from, LocalDate to) {
        return db.select(BOOKING.ID).from(BOOKING)
                .where(BOOKING.EVENT_DATE.between(from, to)).and(BOOKING.STATUS.in(HAPPENING))
                .orderBy(BOOKING.EVENT_DATE, BOOKING.EVENT_TIME)
                .fetch(BOOKING.ID);
    }

    /** A message arrived; if its status change was heard first, that status stands. */
    void inquiryReceived(UUID inquiryId, Instant receivedAt) {
        db.insertInto(INQUIRY_STATUS)
                .set(INQUIRY_STATUS.INQUIRY_ID, inquiryId)
                .set(INQUIRY_STATUS.STATUS, "new")
                .set(INQUIRY_STATUS.RECEIVED_AT, receivedAt)
                .onConflictDoNothing()
                .execute();
    }

    /** Staff moved a message along; recorded even when its arrival has not been heard yet. */
    void inquiryMoved(UUID inquiryId, String status, Instant at) {
        db.insertInto(INQUIRY_STATUS)
                .set(INQUIRY_STATUS.INQUIRY_ID, inquiryId)
                .set(INQUIRY_STATUS.STATUS, status)
                .set(INQUIRY_STATUS.RECEIVED_AT, at)
                .onConflict(INQUIRY_STATUS.INQUIRY_ID).doUpdate()
                .set(INQUIRY_STATUS.STATUS, status)
                .execute();
    }
}
