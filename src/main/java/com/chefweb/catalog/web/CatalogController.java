package com.chefweb.catalog.web;

import java.math.BigDecimal;
import java.util.Comparator;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.chefweb.catalog.domain.CatalogQueries;
import com.chefweb.catalog.domain.ServicePackage;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;

@RestController
@RequestMapping("/api")
@Access(Level.PUBLIC)
@Tag(name = "Catalog", description = "Packages, add-ons, menu and service areas of the house business")
class CatalogController {

    private final CatalogQueries catalog;

    CatalogController(CatalogQueries catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/packages")
    @Operation(summary = "Packages new bookings may choose, with per-adult and per-child prices")
    PackageView.Packages packages() {
        var current = catalog.activePackagesAtVersion();
        return new PackageView.Packages(current.packages().stream().map(PackageView::of).toList(),
                current.priceBookVersion());
    }

    @GetMapping("/addons")
    @Operation(summary = "Add-ons, flat or per person")
    AddOnView.AddOns addOns() {
        return new AddOnView.AddOns(catalog.activeAddOns().stream().map(AddOnView::of).toList());
    }

    @GetMapping("/menu")
    @Operation(summary = "What every party includes, with the lowest price per person")
    MenuView menu() {
        var currency = catalog.policy().currency();
        BigDecimal startingAt = catalog.activePackages().stream()
                .map(ServicePackage::adultPrice)
                .min(Comparator.naturalOrder())
                .map(money -> money.toMajor())
                .orElse(BigDecimal.ZERO);
        return MenuView.of(catalog.menu(), startingAt, currency);
    }

    @GetMapping("/service-areas")
    @Operation(summary = "Where the business serves, with travel-fee tiers and tax")
    ServiceAreaView.ServiceAreas serviceAreas() {
        String currency = catalog.policy().currency().getCurrencyCode();
        return new ServiceAreaView.ServiceAreas(catalog.activeServiceAreas().stream()
                .map(area -> ServiceAreaView.of(area.rules(), currency))
                .toList());
    }
}
