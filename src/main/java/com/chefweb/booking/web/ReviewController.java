package com.chefweb.booking.web;

import java.time.Instant;
import java.util.Map;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import com.chefweb.booking.marketplace.MarketplaceChef;
import com.chefweb.booking.marketplace.MarketplaceCustomer;
import com.chefweb.booking.marketplace.MarketplacePeople;
import com.chefweb.booking.marketplace.Page;
import com.chefweb.booking.reviews.Review;
import com.chefweb.booking.reviews.Reviews;
import com.chefweb.booking.web.MealViews.PageView;
import com.chefweb.shared.refusal.Refusal;
import com.chefweb.shared.security.Access.Level;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.web.JsonFields;
import com.chefweb.shared.web.Paging;
import com.chefweb.shared.web.Provided;

/** Reviews of completed orders: the customer's once per order, the chef's answer once, a chef's public list. */
@RestController
@Tag(name = "Reviews", description = "Customers' reviews of completed orders and chefs' answers")
class ReviewController {

    private final Reviews reviews;
    private final MarketplacePeople people;

    ReviewController(Reviews reviews, MarketplacePeople people) {
        this.reviews = reviews;
        this.people = people;
    }

    @PostMapping({"/meals/api/my-orders/{orderId}/review", "/meals/api/my-orders/{orderId}/review/"})
    @Access(Level.SIGNED_IN)
    @Operation(summary = "Review a completed order, once: a rating from 1 to 5 and plain text")
    ResponseEntity<ReviewView> post(@PathVariable long orderId, @RequestBody JsonNode body) {
        JsonFields fields = JsonFields.of(body);
        Provided<Integer> rating = fields.integer("rating");
        Provided<String> text = fields.text("text");
        Provided<String> comment = fields.text("comment");
        fields.refuseIfAny();
        Provided<String> written = text != null ? text : comment;
        Review review = reviews.post(people.caller(), orderId, rating == null ? null : rating.value(),
                written == null ? null : written.value());
        return ResponseEntity.status(HttpStatus.CREATED).body(view(review, Map.of()));
    }

    @PostMapping({"/meals/api/reviews/{id}/reply", "/meals/api/reviews/{id}/reply/"})
    @Access(Level.CHEF)
    @Operation(summary = "Answer a review of one of the chef's orders, once")
    ReviewView reply(@PathVariable long id, @RequestBody JsonNode body) {
        JsonFields fields = JsonFields.of(body);
        Provided<String> reply = fields.text("reply");
        fields.refuseIfAny();
        return view(reviews.reply(people.actingChef(), id, reply == null ? null : reply.value()), Map.of());
    }

    @GetMapping({"/meals/api/reviews", "/meals/api/reviews/"})
    @Access(Level.PUBLIC)
    @Operation(summary = "A chef's reviews, newest first")
    PageView<ReviewView> list(@RequestParam(name = "chef_id") String chefId,
            @RequestParam(name = "page", required = false) @Nullable String page,
            @RequestParam(name = "page_size", required = false) @Nullable String pageSize) {
        Paging paging = Paging.of(page, pageSize, null, null, 20);
        // a chef on a break or offline keeps the reviews their profile still counts
        MarketplaceChef chef = people.chefById(chefNumber(chefId)).orElseThrow(() -> Refusal.notFound("Chef not found"));
        Page<Review> found = reviews.ofChef(chef.userId(), paging.page(), paging.pageSize());
        Map<UUID, MarketplaceCustomer> customers = people.customers(found.items().stream()
                .map(Review::customerUserId).distinct().toList());
        return PageView.of(found.map(review -> view(review, customers)));
    }

    /** @param customerUsername who wrote it, as the marketplace shows usernames publicly */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ReviewView(long id, long order, String orderType, int rating, String text, @Nullable String customerUsername,
            @Nullable String chefReply, @Nullable Instant repliedAt, Instant createdAt) {
    }

    private static ReviewView view(Review review, Map<UUID, MarketplaceCustomer> customers) {
        MarketplaceCustomer customer = customers.get(review.customerUserId());
        return new ReviewView(review.id(), review.orderId(), review.orderType(), review.rating(), review.text(),
                customer == null ? null : customer.username(), review.chefReply(), review.repliedAt(),
                review.createdAt());
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
