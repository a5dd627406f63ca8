package com.chefweb.chatbot.answer;

import java.util.ArrayList;
import java.util.regex.Matcher;
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

    /** The US states and territories by their postal codes, to tell "San Jose, CA" from "San Jose or Oakland". */
    private static final java.util.Set<String> STATES = java.util.Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT",
            "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS",
            "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN",
            "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR");
    /** Where a place named without its state is looked for after the service areas' own states (as bookings do). */
    private static final List<String> NEIGHBOURING_STATES = List.of("CA", "NV", "OR", "AZ");

    /**
     * Where a ZIP code or place is against the service areas; empty when neither could be found. An unknown ZIP
     * code leaves the place to decide.
     */
    Optional<Travel> locate(@Nullable String zipCode, @Nullable String place, Knowledge knowledge) {
        PriceBook book = knowledge.priceBook();
        if (zipCode != null && zipCode.matches("\\d{5}")) {
            Travel travel = locator.locate(new EventLocation(zipCode, null, null), book);
            if (!(travel instanceof Travel.ToBeDetermined)) {
                return Optional.of(travel);
            }
        }
        if (place == null || place.isBlank()) {
            return Optional.empty();
        }
        String name = place.strip();
        List<String> states = new ArrayList<>();
        Matcher explicit = EXPLICIT_STATE.matcher(name);
        if (explicit.matches() && STATES.contains(explicit.group(2).toUpperCase(Locale.ROOT))) {
            name = explicit.group(1);
            states.add(explicit.group(2).toUpperCase(Locale.ROOT));
        } else {
            name = name.replaceAll(",.*$", "");
            book.serviceAreas().stream().map(ServiceAreaRules::states).flatMap(List::stream).forEach(states::add);
            states.addAll(NEIGHBOURING_STATES);
        }
        String[] words = name.split("\\s+");
        // "san jose please": the longest run of words that names a place wins
        for (int length = Math.min(words.length, 3); length >= 1; length--) {
            String candidate = String.join(" ", java.util.Arrays.copyOf(words, length));
            for (String state : states.stream().distinct().toList()) {
                Travel travel = locator.locate(new EventLocation(null, candidate, state), book);
                if (!(travel instanceof Travel.ToBeDetermined)) {
                    return Optional.of(travel);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether this ZIP code itself was found (not only a place named beside it). */
    boolean knownZip(@Nullable String zipCode, Knowledge knowledge) {
        return zipCode != null && zipCode.matches("\\d{5}") && !(locator.locate(
                new EventLocation(zipCode, null, null), knowledge.priceBook()) instanceof Travel.ToBeDetermined);
    }

    private static final java.util.regex.Pattern EXPLICIT_STATE = java.util.regex.Pattern.compile(
            "(.+?),\\s*([A-Za-z]{2})");

    /**
     * A party priced: package (default the storefront's "most popular"), guests, add-ons (one of each named) and
     * travel.
     */
    Quote quote(@Nullable String packageId, int adults, int children, List<String> addOns, @Nullable Travel travel,
            Knowledge knowledge) {
        String chosen = packageId != null && knowledge.priceBook().findPackage(packageId)
                .filter(PriceBook.PackagePrice::active).isPresent() ? packageId : defaultPackage(knowledge);
        Travel where = travel != null ? travel : new Travel.ToBeDetermined("no place given");
        List<QuoteRequest.AddOnChoice> choices = addOns.stream()
                .filter(id -> knowledge.priceBook().findAddOn(id).filter(PriceBook.AddOnPrice::active).isPresent())
                .distinct().map(id -> new QuoteRequest.AddOnChoice(id, 1)).toList();
        return Quoting.quote(knowledge.priceBook(), new QuoteRequest(chosen, adults, children, choices, where, null));
    }

    static String defaultPackage(Knowledge knowledge) {
        var active = knowledge.activePackages();
        return active.stream().filter(p -> p.id().equals("signature")).findFirst()
                .or(() -> active.stream().findFirst()).map(PriceBook.PackagePrice::id)
                .orElseThrow(() -> new IllegalStateException("The price book has no active package"));
    }
}
