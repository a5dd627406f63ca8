package com.chefweb.payment.domain;

import java.util.Map;

import com.chefweb.booking.events.BookingRequestRefused;
import com.chefweb.shared.refusal.Refusal;

/** Booking's refusal of a checkout's form, said to the customer as booking's own endpoint would have said it. */
final class CheckoutRefusals {

    private CheckoutRefusals() {
    }

    static Refusal toRefusal(BookingRequestRefused refused) {
        Refusal refusal = switch (refused.reason()) {
            case INVALID -> Refusal.invalid(refused.fieldErrors());
            case CONFLICT -> Refusal.conflict(refused.message());
            case UNAVAILABLE -> Refusal.unavailable(refused.message());
            case REJECTED -> Refusal.rejected(refused.message());
        };
        if (!refused.nearestFreeStarts().isEmpty()) {
            refusal.with("nearestFreeStarts", refused.nearestFreeStarts().stream()
                    .map(start -> Map.of("eventDate", start.eventDate(), "eventTime", start.eventTime())).toList());
        }
        return refusal;
    }
}
