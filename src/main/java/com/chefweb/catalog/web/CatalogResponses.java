package com.chefweb.catalog.web;

import java.math.BigDecimal;
import java.util.Comparator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.chefweb.catalog.domain.CatalogQueries;
import com.chefweb.catalog.domain.ServicePackage;

/**
 * The public catalog's answers, built once per price-book version and served from memory: they change only when a
 * price book is published. This instance rebuilds them as soon as an admin's change here commits; every instance
 * also looks at the latest version every {@code chefweb.catalog.refresh-every} (a second), so a change made on
 * another instance reaches this one within about that.
 */
@Component
class CatalogResponses {

    private static final Logger log = LoggerFactory.getLogger(CatalogResponses.class);

    private final CatalogQueries catalog;
    private volatile Snapshot current;

    CatalogResponses(CatalogQueries catalog) {
        this.catalog = catalog;
    }

    /** The answers of the current price-book version. */
    Snapshot current() {
        Snapshot snapshot = current;
        return snapshot != null ? snapshot : rebuild();
    }

    /** Called after this instance changed the catalog, once the change is committed. */
    synchronized Snapshot rebuild() {
        var packages = catalog.activePackagesAtVersion();
        var currency = catalog.policy().currency();
        BigDecimal startingAt = packages.packages().stream().map(ServicePackage::adultPrice)
                .min(Comparator.naturalOrder()).map(money -> money.toMajor()).orElse(BigDecimal.ZERO);
        Snapshot snapshot = new Snapshot(packages.priceBookVersion(),
                new PackageView.Packages(packages.packages().stream().map(PackageView::of).toList(),
                        packages.priceBookVersion()),
                new AddOnView.AddOns(catalog.activeAddOns().stream().map(AddOnView::of).toList()),
                MenuView.of(catalog.menu(), startingAt, currency),
                new ServiceAreaView.ServiceAreas(catalog.activeServiceAreas().stream()
                        .map(area -> ServiceAreaView.of(area.rules(), currency.getCurrencyCode())).toList()));
        current = snapshot;
        log.debug("Catalog answers rebuilt for price book version {}", snapshot.version());
        return snapshot;
    }

    @Scheduled(fixedDelayString = "${chefweb.catalog.refresh-every:PT1S}",
            initialDelayString = "${chefweb.catalog.refresh-every:PT1S}")
    void refreshWhenANewVersionIsPublished() {
        Snapshot snapshot = current;
        if (catalog.isSeeded() && (snapshot == null || catalog.currentPriceBookVersion() != snapshot.version())) {
            rebuild();
        }
    }

    /**
     * Every public catalog answer of one price-book version.
     *
     * @param version the price-book version, which is also the entity tag clients revalidate with
     */
    record Snapshot(long version, PackageView.Packages packages, AddOnView.AddOns addOns, MenuView menu,
            ServiceAreaView.ServiceAreas serviceAreas) {

        String etag() {
            return "\"catalog-" + version + "\"";
        }
    }
}
