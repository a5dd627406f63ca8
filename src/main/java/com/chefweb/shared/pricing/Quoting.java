package com.chefweb.shared.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import com.chefweb.shared.money.Money;
import com.chefweb.shared.pricing.PriceBook.AddOnPrice;
import com.chefweb.shared.pricing.PriceBook.AddOnPricing;
import com.chefweb.shared.pricing.PriceBook.PackagePrice;

/**
 * Prices a party from a price book: package per adult and child, add-ons (flat or per guest), a visible
 * minimum-spend adjustment when food and add-ons fall short, travel, tax on the rest, then deposit and balance.
 * A pure function: the same book and request give the same quote, whoever asks.
 */
public final class Quoting {

    private Quoting() {
    }

    /**
     * @throws UnknownChoice when the package or an add-on is not in the book or not offered
     */
    public static Quote quote(PriceBook book, QuoteRequest request) {
        Currency currency = book.currency();
        PackagePrice chosen = book.findPackage(request.packageId()).filter(PackagePrice::active)
                .orElseThrow(() -> new UnknownChoice("package", request.packageId()));
        List<Quote.Line> lines = new ArrayList<>();
        Money food = Money.zero(currency);
        if (request.adults() > 0) {
            food = food.plus(add(lines, Quote.Kind.PACKAGE, chosen.id(), chosen.name() + " package, adults",
                    request.adults(), chosen.adultPrice()));
        }
        if (request.children() > 0) {
            food = food.plus(add(lines, Quote.Kind.PACKAGE, chosen.id(), chosen.name() + " package, children",
                    request.children(), chosen.childPrice()));
        }
        for (QuoteRequest.AddOnChoice choice : request.addOns()) {
            AddOnPrice addOn = book.findAddOn(choice.id()).filter(AddOnPrice::active)
                    .orElseThrow(() -> new UnknownChoice("add-on", choice.id()));
            boolean perGuest = addOn.pricing() == AddOnPricing.PER_PERSON;
            int units = perGuest ? choice.quantity() * request.guests() : choice.quantity();
            String description = perGuest ? addOn.name() + " (" + choice.quantity() + " per guest, "
                    + request.guests() + " guests)" : addOn.name();
            food = food.plus(add(lines, Quote.Kind.ADD_ON, addOn.id(), description, units, addOn.price()));
        }
        Money adjustment = book.minimumSpend().minus(food).max(Money.zero(currency));
        if (adjustment.signum() > 0) {
            add(lines, Quote.Kind.MINIMUM_SPEND, "minimum-spend",
                    "Minimum spend adjustment (minimum " + book.minimumSpend() + " on food and add-ons)", 1, adjustment);
        }
        Travel travel = request.travel();
        Money travelFee = travel.fee(currency);
        add(lines, Quote.Kind.TRAVEL, "travel-" + travel.status(), travelDescription(travel), 1, travelFee);
        BigDecimal taxRate = taxRate(book, travel);
        Money beforeTax = food.plus(adjustment).plus(travelFee);
        Money tax = beforeTax.percent(taxRate);
        if (taxRate.signum() > 0) {
            add(lines, Quote.Kind.TAX, "tax", "Tax " + taxRate.stripTrailingZeros().toPlainString() + "%", 1, tax);
        }
        Money total = beforeTax.plus(tax);
        Money deposit = book.deposit().depositFor(total);
        return new Quote(book.version(), chosen.id(), lines, food, adjustment, travelFee, travel.status(),
                travel instanceof Travel.Estimated estimated ? estimated.miles() : null,
                taxRate, tax, total, deposit, total.minus(deposit),
                request.eventStart() == null ? null
                        : request.eventStart().minusHours(book.balanceDueHoursBeforeEvent()).toInstant());
    }

    private static Money add(List<Quote.Line> lines, Quote.Kind kind, String code, String description, int quantity,
            Money unitPrice) {
        Money amount = unitPrice.times(quantity);
        lines.add(new Quote.Line(kind, code, description, quantity, unitPrice, amount));
        return amount;
    }

    private static String travelDescription(Travel travel) {
        return switch (travel) {
            case Travel.Included included -> "Travel included within the service area";
            case Travel.Estimated estimated -> "Estimated travel fee: about " + estimated.miles()
                    + " miles beyond the service area";
            case Travel.ToBeDetermined tbd -> "Travel fee to be confirmed";
            case Travel.TooFar tooFar -> tooFar.message();
        };
    }

    /** The tax rate of the area serving the event; the first area's when the location is unknown. */
    private static BigDecimal taxRate(PriceBook book, Travel travel) {
        String areaId = switch (travel) {
            case Travel.Included included -> included.serviceAreaId();
            case Travel.Estimated estimated -> estimated.serviceAreaId();
            default -> null;
        };
        return book.serviceAreas().stream()
                .filter(area -> areaId == null || area.id().equals(areaId))
                .findFirst()
                .map(ServiceAreaRules::taxRatePercent)
                .orElse(BigDecimal.ZERO)
                .setScale(3, RoundingMode.UNNECESSARY);
    }

    /** The request names a package or add-on the price book does not offer. */
    public static final class UnknownChoice extends RuntimeException {

        private final String kind;
        private final String id;

        UnknownChoice(String kind, String id) {
            super("Unknown " + kind + " '" + id + "'");
            this.kind = kind;
            this.id = id;
        }

        public String kind() {
            return kind;
        }

        public String id() {
            return id;
        }
    }
}
