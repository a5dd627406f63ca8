package com.chefweb.booking.domain;

import java.time.ZoneId;

import org.springframework.stereotype.Component;

import com.chefweb.booking.pricing.PriceBookCopies;
import com.chefweb.shared.geo.UsPostalCodes;
import com.chefweb.shared.pricing.EventLocation;
import com.chefweb.shared.pricing.PriceBook;
import com.chefweb.shared.pricing.Quote;
import com.chefweb.shared.pricing.QuoteRequest;
import com.chefweb.shared.pricing.Quoting;
import com.chefweb.shared.pricing.ServiceAreaLocator;
import com.chefweb.shared.pricing.Travel;
import com.chefweb.shared.refusal.Refusal;
import com.chefweb.shared.refusal.FieldProblem;

/** Prices bookings from booking's own copy of the catalog's price book; the client's numbers never count. */
@Component
class PricingSource {

    private final PriceBookCopies priceBooks;
    private final ServiceAreaLocator locator;

    PricingSource(PriceBookCopies priceBooks) {
        this.priceBooks = priceBooks;
        this.locator = new ServiceAreaLocator(UsPostalCodes.load());
    }

    PriceBook latest() {
        return priceBooks.latest().orElseThrow(() -> Refusal.unavailable(
                "Prices are still loading; please try again in a moment"));
    }

    PriceBook version(long version) {
        return priceBooks.version(version).orElseThrow(() -> new IllegalStateException(
                "Price book version " + version + " is missing from booking's copy"));
    }

    /** The zone events are held in: the first service area's (the house business serves one region). */
    ZoneId zone(PriceBook book) {
        return book.serviceAreas().isEmpty() ? ZoneId.of("America/Los_Angeles")
                : ZoneId.of(book.serviceAreas().getFirst().timeZone());
    }

    /**
     * Where travel stands for this location; refuses a location that contradicts itself (an unknown ZIP code, a ZIP
     * code of another state) and one beyond the last distance tier.
     */
    Travel travel(EventLocation location, PriceBook book) {
        var contradictions = locator.contradictions(location);
        if (!contradictions.isEmpty()) {
            throw Refusal.invalid(contradictions.stream()
                    .map(problem -> new FieldProblem(problem.getKey(), problem.getValue())).toList());
        }
        Travel travel = locator.locate(location, book);
        if (travel instanceof Travel.TooFar tooFar) {
            String field = location.zipCode() != null ? "zipCode" : "city";
            throw Refusal.invalid(java.util.List.of(new FieldProblem(field, tooFar.message())));
        }
        return travel;
    }

    Quote quote(PriceBook book, QuoteRequest request) {
        try {
            return Quoting.quote(book, request);
        } catch (Quoting.UnknownChoice unknown) {
            String field = unknown.kind().equals("package") ? "package" : "addons";
            throw Refusal.invalid(field, "We do not offer the " + unknown.kind() + " '" + unknown.id() + "'");
        }
    }
}
