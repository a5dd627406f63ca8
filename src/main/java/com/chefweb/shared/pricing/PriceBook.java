package com.chefweb.shared.pricing;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import com.chefweb.shared.money.Money;

/**
 * Everything that prices a booking, frozen at one version. The catalog publishes a new version whenever any of it
 * changes; a booking keeps the version it was priced with, so later price changes never rewrite it.
 *
 * @param version increases by one with each published change
 * @param publishedAt when this version was published
 * @param currency the currency of every amount in it
 * @param packages the packages, with adult and child prices per person
 * @param addOns the add-ons, flat or per person
 * @param serviceAreas where the business serves, with travel fees and tax
 * @param deposit how much is due to secure a booking
 * @param minimumSpend the least a party pays for food and add-ons; a smaller party pays the difference as a line
 * @param balanceDueHoursBeforeEvent when the rest falls due
 */
public record PriceBook(long version, Instant publishedAt, Currency currency, List<PackagePrice> packages,
        List<AddOnPrice> addOns, List<ServiceAreaRules> serviceAreas, DepositPolicy deposit, Money minimumSpend,
        int balanceDueHoursBeforeEvent) {

    public PriceBook {
        packages = List.copyOf(packages);
        addOns = List.copyOf(addOns);
        serviceAreas = List.copyOf(serviceAreas);
    }

    public Optional<PackagePrice> findPackage(String id) {
        return packages.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<AddOnPrice> findAddOn(String id) {
        return addOns.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The same content under another version number and time, for publishing a change. */
    public PriceBook withVersion(long newVersion, Instant newPublishedAt) {
        return new PriceBook(newVersion, newPublishedAt, currency, packages, addOns, serviceAreas, deposit,
                minimumSpend, balanceDueHoursBeforeEvent);
    }

    /**
     * @param id stable identifier the storefront sends, such as {@code signature}
     * @param adultPrice per adult
     * @param childPrice per child
     * @param active whether new bookings may choose it
     */
    public record PackagePrice(String id, String name, Money adultPrice, Money childPrice, boolean active) {
    }

    /**
     * @param price per unit, or per unit and guest when {@link AddOnPricing#PER_PERSON}
     */
    public record AddOnPrice(String id, String name, Money price, AddOnPricing pricing, boolean active) {
    }

    public enum AddOnPricing {
        FLAT, PER_PERSON
    }
}
