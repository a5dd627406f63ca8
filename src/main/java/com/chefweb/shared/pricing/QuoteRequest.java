package com.chefweb.shared.pricing;

import java.time.ZonedDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a party wants priced.
 *
 * @param packageId the package, such as {@code signature}
 * @param addOns chosen add-ons with quantities
 * @param eventStart when the event starts at the venue, to say when the balance falls due; null for a preview
 */
public record QuoteRequest(String packageId, int adults, int children, List<AddOnChoice> addOns, Travel travel,
        @Nullable ZonedDateTime eventStart) {

    public QuoteRequest {
        addOns = List.copyOf(addOns);
    }

    public int guests() {
        return adults + children;
    }

    public record AddOnChoice(String id, int quantity) {
    }
}
