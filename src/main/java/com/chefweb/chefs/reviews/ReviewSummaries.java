package com.chefweb.chefs.reviews;

import static com.chefweb.chefs.jooq.Tables.CHEF_REVIEW;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.chefweb.chefs.events.ChefReviewReported;

/**
 * Chefs' review summaries (how many, the average rating), kept from booking's reviews of completed orders, one row per
 * review so a redelivery counts once. Nothing else ever makes a rating.
 */
@Service
public class ReviewSummaries {

    private final DSLContext db;

    ReviewSummaries(DSLContext db) {
        this.db = db;
    }

    @ApplicationModuleListener
    void on(ChefReviewReported review) {
        db.insertInto(CHEF_REVIEW)
                .set(CHEF_REVIEW.REVIEW_ID, review.reviewId())
                .set(CHEF_REVIEW.CHEF_USER_ID, review.chefUserId())
                .set(CHEF_REVIEW.RATING, review.rating())
                .set(CHEF_REVIEW.REVIEWED_AT, review.reviewedAt())
                .onConflictDoNothing()
                .execute();
    }

    /** The summaries of these chefs' accounts; a chef without reviews is not in the map. */
    @Transactional(readOnly = true)
    public Map<UUID, Summary> of(Collection<UUID> chefUserIds) {
        if (chefUserIds.isEmpty()) {
            return Map.of();
        }
        return db.select(CHEF_REVIEW.CHEF_USER_ID, DSL.count(), DSL.avg(CHEF_REVIEW.RATING)).from(CHEF_REVIEW)
                .where(CHEF_REVIEW.CHEF_USER_ID.in(chefUserIds)).groupBy(CHEF_REVIEW.CHEF_USER_ID)
                .fetchMap(row -> row.value1(), row -> new Summary(row.value2(),
                        row.value3().setScale(1, RoundingMode.HALF_UP)));
    }

    /**
     * @param average rounded to one decimal
     */
    public record Summary(int count, BigDecimal average) {

        /** As the app prints it, such as "4.5 (2 reviews)". */
        public String text() {
            return average.toPlainString() + " (" + count + (count == 1 ? " review)" : " reviews)");
        }

        public static @Nullable String textOf(@Nullable Summary summary) {
            return summary == null ? null : summary.text();
        }
    }
}
