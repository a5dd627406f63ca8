package com.chefweb.shared.pricing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.chefweb.shared.money.Money;

/**
 * A price computed by the server from one price book version: every line, the total, what is due now and when the
 * rest falls due. Clients show it; they never compute it.
 *
 * @param travelFeeStatus {@code included}, {@code estimated} or {@code tbd} (then the total excludes travel)
 * @param travelMiles distance beyond the service area, when estimated
 * @param depositDue what secures the booking
 * @param balanceDue the rest
 * @param balanceDueAt when the rest falls due; null for a preview without an event time
 */
public record Quote(long priceBookVersion, String packageId, List<Line> lines, Money foodAndAddOns,
        Money minimumSpendAdjustment, Money travelFee, String travelFeeStatus, @Nullable Integer travelMiles,
        BigDecimal taxRatePercent, Money tax, Money total, Money depositDue, Money balanceDue,
        @Nullable Instant balanceDueAt) {

    public Quote {
        lines = List.copyOf(lines);
    }

    /**
     * One line of the quote.
     *
     * @param kind what the line is for
     * @param code the package or add-on id, or the kind of charge
     * @param quantity how many units the line charges
     * @param unitPrice per unit
     */
    public record Line(Kind kind, String code, String description, int quantity, Money unitPrice, Money amount) {
    }

    public enum Kind {
        PACKAGE, ADD_ON, MINIMUM_SPEND, TRAVEL, TAX
    }
}
