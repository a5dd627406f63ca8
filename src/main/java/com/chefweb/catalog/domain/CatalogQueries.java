package com.chefweb.catalog.domain;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import com.chefweb.shared.pricing.PriceBook;

/** What the catalog shows: packages, add-ons, the menu, service areas and the current price book. */
@Service
@Transactional(readOnly = true)
public class CatalogQueries {

    private final PricingPolicyRepository policies;
    private final PackageRepository packages;
    private final AddOnRepository addOns;
    private final MenuRepository menu;
    private final ServiceAreaRepository serviceAreas;
    private final PriceBookRepository priceBooks;

    CatalogQueries(PricingPolicyRepository policies, PackageRepository packages, AddOnRepository addOns,
            MenuRepository menu, ServiceAreaRepository serviceAreas, PriceBookRepository priceBooks) {
        this.policies = policies;
        this.packages = packages;
        this.addOns = addOns;
        this.menu = menu;
        this.serviceAreas = serviceAreas;
        this.priceBooks = priceBooks;
    }

    /** The packages new bookings may choose, in display order. */
    public List<ServicePackage> activePackages() {
        return packages.findAll(policy().currency()).stream().filter(ServicePackage::active).toList();
    }

    /**
     * The active packages and the price-book version they belong to, read from one snapshot: under PostgreSQL's
     * default isolation each statement sees its own, so an admin's edit between the two reads could pair new prices
     * with the previous version number.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public PackagesAtVersion activePackagesAtVersion() {
        return new PackagesAtVersion(activePackages(), currentPriceBookVersion());
    }

    /** Packages as of one price-book version. */
    public record PackagesAtVersion(List<ServicePackage> packages, long priceBookVersion) {
    }

    /** Every package, including retired ones, for admins. */
    public List<ServicePackage> allPackages() {
        return packages.findAll(policy().currency());
    }

    public List<AddOn> activeAddOns() {
        return addOns.findAll(policy().currency()).stream().filter(AddOn::active).toList();
    }

    public List<MenuItem> menu() {
        return menu.findActive();
    }

    public List<ServiceArea> activeServiceAreas() {
        return serviceAreas.findAll(policy().currency()).stream().filter(ServiceArea::active).toList();
    }

    public boolean isSeeded() {
        return policies.find().isPresent();
    }

    public PricingPolicy policy() {
        return policies.find().orElseThrow(() -> new IllegalStateException("The catalog has not been seeded"));
    }

    /** The version the prices shown now belong to. */
    public long currentPriceBookVersion() {
        return priceBooks.findLatestVersion().orElseThrow(() -> new IllegalStateException("No price book published yet"));
    }

    public PriceBook currentPriceBook() {
        return priceBooks.findLatest().orElseThrow(() -> new IllegalStateException("No price book published yet"))
                .priceBook();
    }
}
