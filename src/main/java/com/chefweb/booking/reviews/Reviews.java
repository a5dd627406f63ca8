package com.chefweb.booking.reviews;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.chefweb.booking.events.ChefReviewed;
import com.chefweb.booking.marketplace.MarketplaceChef;
import com.chefweb.booking.marketplace.Page;
import com.chefweb.booking.orders.ParentOrder;
import com.chefweb.booking.orders.ParentOrders;
import com.chefweb.shared.refusal.FieldProblem;
import com.chefweb.shared.refusal.FreeText;
import com.chefweb.shared.refusal.Refusal;

/**
 * Reviews of completed orders: a customer reviews each of their completed orders once (a rating and plain text), and
 * the chef may answer each review once. Chefs' public review summaries are built from these alone.
 */
@Service
public class Reviews {

    /** Text that looks like markup: reviews are plain text, shown as written. */
    private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]");

    private final ReviewRepository reviews;
    private final ParentOrders orders;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Reviews(ReviewRepository reviews, ParentOrders orders, ApplicationEventPublisher events, Clock clock) {
        this.reviews = reviews;
        this.orders = orders;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @throws Refusal.NotFound for another customer's order
     * @throws Refusal.Conflict before the order is completed, or once reviewed
     */
    @Transactional
    public Review post(UUID customerUserId, long orderId, @Nullable Integer rating, @Nullable String text) {
        ParentOrder order = orders.find(orderId).filter(found -> found.customerUserId().equals(customerUserId))
                .orElseThrow(() -> Refusal.notFound("Order not found"));
        List<FieldProblem> problems = new ArrayList<>();
        if (rating == null || rating < 1 || rating > 5) {
            problems.add(new FieldProblem("rating", "Rate from 1 to 5"));
        }
        String body = plain("text", text, problems);
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        if (!order.status().equals("completed")) {
            throw Refusal.conflict("You can review an order once it has been served");
        }
        Instant now = clock.instant();
        Review review = reviews.insert(order, rating, body == null ? "" : body, now)
                .orElseThrow(() -> Refusal.conflict("You have already reviewed this order"));
        events.publishEvent(new ChefReviewed(review.id(), review.chefUserId(), order.id(), rating, now));
        return review;
    }

    /**
     * @throws Refusal.NotFound for another chef's review
     * @throws Refusal.Conflict once answered
     */
    @Transactional
    public Review reply(MarketplaceChef chef, long reviewId, @Nullable String text) {
        Review review = reviews.find(reviewId).filter(found -> found.chefUserId().equals(chef.userId()))
                .orElseThrow(() -> Refusal.notFound("Review not found"));
        List<FieldProblem> problems = new ArrayList<>();
        String body = plain("reply", text, problems);
        if (body == null && problems.isEmpty()) {
            problems.add(new FieldProblem("reply", "Write your answer"));
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        if (!reviews.reply(reviewId, chef.userId(), body, clock.instant())) {
            throw Refusal.conflict("You have already answered this review");
        }
        return reviews.find(reviewId).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Page<Review> ofChef(UUID chefUserId, int page, int pageSize) {
        return new Page<>(reviews.ofChef(chefUserId, Page.offset(page, pageSize), pageSize),
                reviews.countOfChef(chefUserId), page, pageSize);
    }

    private static @Nullable String plain(String field, @Nullable String text, List<FieldProblem> problems) {
        String clean = FreeText.check(field, text, 2000, true, problems);
        if (clean != null && MARKUP.matcher(clean).find()) {
            problems.add(new FieldProblem(field, "Write plain text, without markup"));
        }
        return clean;
    }
}
