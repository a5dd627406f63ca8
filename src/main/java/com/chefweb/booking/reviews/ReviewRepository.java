package com.chefweb.booking.reviews;

import static com.chefweb.booking.jooq.Tables.REVIEW;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import com.chefweb.booking.jooq.tables.records.ReviewRecord;
import com.chefweb.booking.orders.ParentOrder;

@Repository
class ReviewRepository {

    private final DSLContext db;

    ReviewRepository(DSLContext db) {
        this.db = db;
    }

    /** Empty when the order has its review already. */
    Optional<Review> insert(ParentOrder order, int rating, String text, Instant now) {
        return db.insertInto(REVIEW)
                .set(REVIEW.ORDER_ID, order.id())
                .set(REVIEW.ORDER_TYPE, order.type().code())
                .set(REVIEW.CHEF_USER_ID, order.chefUserId())
                .set(REVIEW.CUSTOMER_USER_ID, order.customerUserId())
                .set(REVIEW.RATING, rating)
                .set(REVIEW.TEXT, text)
                .set(REVIEW.CREATED_AT, now)
                .onConflictDoNothing()
                .returning()
                .fetchOptional(ReviewRepository::toReview);
    }

    /** The chef's answer, once: false when the review is not the chef's or has its answer already. */
    boolean reply(long id, UUID chefUserId, String reply, Instant now) {
        return db.update(REVIEW).set(REVIEW.CHEF_REPLY, reply).set(REVIEW.REPLIED_AT, now)
                .where(REVIEW.ID.eq(id), REVIEW.CHEF_USER_ID.eq(chefUserId), REVIEW.CHEF_REPLY.isNull())
                .execute() == 1;
    }

    Optional<Review> find(long id) {
        return db.selectFrom(REVIEW).where(REVIEW.ID.eq(id)).fetchOptional(ReviewRepository::toReview);
    }

    List<Review> ofChef(UUID chefUserId, long offset, int limit) {
        return db.selectFrom(REVIEW).where(REVIEW.CHEF_USER_ID.eq(chefUserId))
                .orderBy(REVIEW.CREATED_AT.desc(), REVIEW.ID.desc()).offset(offset).limit(limit)
                .fetch(ReviewRepository::toReview);
    }

    long countOfChef(UUID chefUserId) {
        return db.fetchCount(REVIEW, REVIEW.CHEF_USER_ID.eq(chefUserId));
    }

    private static Review toReview(ReviewRecord row) {
        return new Review(row.getId(), row.getOrderId(), row.getOrderType(), row.getChefUserId(),
                row.getCustomerUserId(), row.getRating(), row.getText(), row.getChefReply(), row.getRepliedAt(),
                row.getCreatedAt());
    }
}
