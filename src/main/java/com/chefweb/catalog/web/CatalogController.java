package com.chefweb.catalog.web;


import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;

import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;

@RestController
@RequestMapping("/api")
@Access(Level.PUBLIC)
@Tag(name = "Catalog", description = "Packages, add-ons, menu and service areas of the house business")
class CatalogController {

    /** Clients may keep an answer, but revalidate it each time: a 304 costs nothing when prices are unchanged. */
    private static final CacheControl REVALIDATE = CacheControl.noCache().cachePublic();

    private final CatalogResponses responses;

    CatalogController(CatalogResponses responses) {
        this.responses = responses;
    }

    @GetMapping("/packages")
    @Operation(summary = "Packages new bookings may choose, with per-adult and per-child prices")
    ResponseEntity<PackageView.Packages> packages(WebRequest request) {
        var snapshot = responses.current();
        return answer(request, snapshot, snapshot.packages());
    }

    @GetMapping("/addons")
    @Operation(summary = "Add-ons, flat or per person")
    ResponseEntity<AddOnView.AddOns> addOns(WebRequest request) {
        var snapshot = responses.current();
        return answer(request, snapshot, snapshot.addOns());
    }

    @GetMapping("/menu")
    @Operation(summary = "What every party includes, with the lowest price per person")
    ResponseEntity<MenuView> menu(WebRequest request) {
        var snapshot = responses.current();
        return answer(request, snapshot, snapshot.menu());
    }

    @GetMapping("/service-areas")
    @Operation(summary = "Where the business serves, with travel-fee tiers and tax")
    ResponseEntity<ServiceAreaView.ServiceAreas> serviceAreas(WebRequest request) {
        var snapshot = responses.current();
        return answer(request, snapshot, snapshot.serviceAreas());
    }

    /** The answer, or 304 Not Modified when the client already holds this price-book version's. */
    private static <T> ResponseEntity<T> answer(WebRequest request, CatalogResponses.Snapshot snapshot, T body) {
        if (request.checkNotModified(snapshot.etag())) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(snapshot.etag()).cacheControl(REVALIDATE)
                    .build();
        }
        return ResponseEntity.ok().eTag(snapshot.etag()).cacheControl(REVALIDATE).body(body);
    }
}
