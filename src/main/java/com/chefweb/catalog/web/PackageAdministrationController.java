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
    private final CatalogResponses responses;

    PackageAdministrationController(CatalogAdministration administration, CatalogQueries catalog,
            CatalogResponses responses) {
        this.administration = administration;
        this.catalog = catalog;
        this.responses = responses;
    }

    @PatchMapping
    @Operation(summary = "Change packages (admin); publishes a new price book version; existing bookings keep theirs")
    PackageView.Packages change(@Valid @RequestBody PackageChangesRequest request) {
        var currency = catalog.policy().currency();
        var changed = administration.changePackages(request.packages().stream()
                .map(change -> change.toChange(currency))
                .toList());
        // committed by now: this instance's public answers show the new prices from the next request on
        responses.rebuild();
        return new PackageView.Packages(changed.stream().map(PackageView::of).toList(),
                catalog.currentPriceBookVersion());
    }
}
