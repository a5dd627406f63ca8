package com.chefweb.catalog.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.chefweb.catalog.domain.CatalogAdministration;
import com.chefweb.catalog.domain.CatalogQueries;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;

@RestController
@RequestMapping("/api/packages")
@Access(Level.ADMIN)
@Tag(name = "Catalog administration", description = "Admins change prices and package details")
class PackageAdministrationController {

    private final CatalogAdministration administration;
    private final CatalogQueries catalog;

    PackageAdministrationController(CatalogAdministration administration, CatalogQueries catalog) {
        this.administration = administration;
        this.catalog = catalog;
    }

    @PatchMapping
    @Operation(summary = "Change packages (admin); publishes a new price book version; existing bookings keep theirs")
    PackageView.Packages change(@Valid @RequestBody PackageChangesRequest request) {
        var currency = catalog.policy().currency();
        var changed = administration.changePackages(request.packages().stream()
                .map(change -> change.toChange(currency))
                .toList());
        return new PackageView.Packages(changed.stream().map(PackageView::of).toList(),
                catalog.currentPriceBookVersion());
    }
}
