package com.chefweb.chatbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.chefweb.chatbot.knowledge.Knowledge;
import com.chefweb.shared.geo.UsPostalCodes;
import com.chefweb.shared.pricing.EventLocation;
import com.chefweb.shared.pricing.PriceBook;
import com.chefweb.shared.pricing.Quote;
import com.chefweb.shared.pricing.QuoteRequest;
import com.chefweb.shared.pricing.Quoting;
import com.chefweb.shared.pricing.ServiceAreaLocator;
import com.chefweb.shared.pricing.ServiceAreaRules;
import com.chefweb.shared.pricing.Travel;

/**
 * Every number the chatbot states comes from here: the shared quote function and service-area locator, run on the
 * chatbot's copy of the price book. The model asks for these through tools; the fallback calls them directly.
 */
@Component
class PartyQuotes {

    private final ServiceAreaLocator locator = new ServiceAreaLocator(UsPostalCodes.load());

    /** Where a ZIP code or place is against the service areas; empty when neither could be found. */
    Optional<Travel> locate(@Nullable String zipCode, @Nullable String place, Knowledge knowledge) {
        PriceBook book = knowledge.priceBook();
        if (zipCode != null && zipCode.matches("\\d{5}")) {
            Travel travel = locator.locate(new EventLocation(zipCode, null, null), book);
            return travel instanceof Travel.ToBeDetermined ? Optional.empty() : Optional.of(travel);
        }
        if (place == null || place.isBlank()) {
            return Optional.empty();
        }
        String[] words = place.strip().split("\\s+");
        List<String> states = new ArrayList<>();
        String explicitState = null;
        String last = words[words.length - 1].toUpperCase(Locale.ROOT);
        if (words.length > 1 && last.matches("[A-Z]{2}")) {
            explicitState = last;
            words = java.util.Arrays.copyOf(words, words.length - 1);
        }
        if (explicitState != null) {
            states.add(explicitState);
        } else {
            book.serviceAreas().stream().map(ServiceAreaRules::states).flatMap(List::stream).distinct()
                    .forEach(states::add);
        }
        // "san jose please": the longest run of words that names a place wins
        for (int length = Math.min(words.length, 3); length >= 1; length--) {
            String name = String.join(" ", java.util.Arrays.copyOf(words, length));
            for (String state : states) {
                Travel travel = locator.locate(new EventLocation(null, name, state), book);
                if (!(travel instanceof Travel.ToBeDetermined)) {
                    return Optional.of(travel);
                }
            }
        }
        return Optional.empty();
    }

    /** A party priced: package (default the price book's second, the storefront's "most popular"), guests, travel. */
    Quote quote(@Nullable String packageId, int adults, int children, @Nullable Travel travel, Knowledge knowledge) {
        String chosen = packageId != null && knowledge.priceBook().findPackage(packageId).isPresent() ? packageId
                : defaultPackage(knowledge);
        Travel where = travel != null ? travel : new Travel.ToBeDetermined("no place given");
        return Quoting.quote(knowledge.priceBook(),
                new QuoteRequest(chosen, adults, children, List.of(), where, null));
    }

    static String defaultPackage(Knowledge knowledge) {
        var active = knowledge.activePackages();
        return active.stream().filter(p -> p.id().equals("signature")).findFirst()
                .or(() -> active.stream().findFirst()).map(PriceBook.PackagePrice::id)
                .orElseThrow(() -> new IllegalStateException("The price book has no active package"));
    }
}
