package com.chefweb.catalog.offering;

import com.chefweb.shared.web.Provided;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** The offering fields a chef sent; a null field was not sent and stays as it is. */
public record OfferingChanges(@Nullable Provided<String> serviceType, @Nullable Provided<String> title,
        @Nullable Provided<String> description, @Nullable Provided<Integer> defaultDurationMinutes,
        @Nullable Provided<Integer> maxTravelMiles, @Nullable Provided<String> notes,
        @Nullable Provided<String> currency, @Nullable Provided<Boolean> active,
        @Nullable Provided<List<Long>> targetCustomerIds) {
}
