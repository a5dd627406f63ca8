package com.chefweb.booking.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.chefweb.shared.pricing.Quote;

/** A quote in the {@code /api} dialect: decimal amounts in major units with their currency. */
record QuoteView(long priceBookVersion, String currency, String packageId, List<Line> lines,
        BigDecimal foodAndAddOns, BigDecimal minimumSpendAdjustment, BigDecimal travelFee, String travelFeeStatus,
        @Nullable Integer travelMiles, BigDecimal taxRatePercent, BigDecimal tax, BigDecimal total,
        BigDecimal depositDue, BigDecimal balanceDue, @Nullable Instant balanceDueAt) {

    static QuoteView of(Quote quote) {
        return new QuoteView(quote.priceBookVersion(), quote.total().currency().getCurrencyCode(), quote.packageId(),
                quote.lines().stream().map(line -> new Line(line.kind().name().toLowerCase(Locale.ROOT), line.code(),
                        line.description(), line.quantity(), line.unitPrice().toMajor(), line.amount().toMajor()))
                        .toList(),
                quote.foodAndAddOns().toMajor(), quote.minimumSpendAdjustment().toMajor(), quote.travelFee().toMajor(),
                quote.travelFeeStatus(), quote.travelMiles(), quote.taxRatePercent().stripTrailingZeros(),
                quote.tax().toMajor(), quote.total().toMajor(), quote.depositDue().toMajor(),
                quote.balanceDue().toMajor(), quote.balanceDueAt());
    }

    record Line(String kind, String code, String description, int quantity, BigDecimal unitPrice,
            BigDecimal amount) {
    }
}
