package com.chefweb.booking.domain;

import java.util.Map;

/** A changed booking, with each changed field's value before and after. */
public record Modification(Booking booking, Map<String, Change> changes) {

    public record Change(Object from, Object to) {
    }
}
