package com.chefweb.shared.pricing;

import com.chefweb.shared.money.Money;

/** What travel to an event's location means for its price: one of four cases. */
public sealed interface Travel {

    /** The fee line's status, as the storefront names it: {@code included}, {@code estimated} or {@code tbd}. */
    String status();

    Money fee(java.util.Currency currency);

    /** Inside a service area: travel is included. */
    record Included(String serviceAreaId, String place) implements Travel {
        public String status() {
            return "included";
        }

        public Money fee(java.util.Currency currency) {
            return Money.zero(currency);
        }
    }

    /** Outside the area but within reach: the distance tier's fee, confirmed later. */
    record Estimated(String serviceAreaId, String place, int miles, Money tierFee) implements Travel {
        public String status() {
            return "estimated";
        }

        public Money fee(java.util.Currency currency) {
            return tierFee;
        }
    }

    /** The location could not be placed: the fee is settled later. */
    record ToBeDetermined(String reason) implements Travel {
        public String status() {
            return "tbd";
        }

        public Money fee(java.util.Currency currency) {
            return Money.zero(currency);
        }
    }

    /** Farther than the business travels: no booking. */
    record TooFar(String place, int miles, int maxMiles) implements Travel {
        public String status() {
            return "refused";
        }

        public Money fee(java.util.Currency currency) {
            return Money.zero(currency);
        }

        public String message() {
            return place + " is about " + miles + " miles from our service area; we travel up to " + maxMiles
                    + " miles. Please contact us about events farther away.";
        }
    }
}
