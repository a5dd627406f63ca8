package com.chefweb.identity.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import com.chefweb.identity.privacy.PrivacyRequests;
import com.chefweb.identity.web.PrivacyMessages.AdminRequestPage;
import com.chefweb.identity.web.PrivacyMessages.AdminRequestView;
import com.chefweb.identity.web.PrivacyMessages.ForPerson;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;
import com.chefweb.shared.security.CurrentActor;
import com.chefweb.shared.web.ApiProblem;

/** Staff answer a storefront customer's request to know or erase their data, finding them by email. */
@RestController
@RequestMapping("/api/admin/privacy-requests")
@Tag(name = "Privacy requests", description = "Customers' requests to see or erase their data")
class AdminPrivacyController {

    private final PrivacyRequests requests;
    private final JsonMapper json;

    AdminPrivacyController(PrivacyRequests requests, JsonMapper json) {
        this.requests = requests;
        this.json = json;
    }

    @GetMapping
    @Access(Level.ADMIN)
    @Operation(summary = "Every request, newest first, without what was gathered (GET one to see it)")
    AdminRequestPage list(@RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
            @RequestParam(defaultValue = "0") @Min(0) int offset) {
        return new AdminRequestPage(requests.page(limit, offset).stream()
                .map(request -> AdminRequestView.summaryOf(request, json)).toList(), requests.count(), limit, offset);
    }

    @GetMapping("/{id}")
    @Access(Level.ADMIN)
    @Operation(summary = "A request and every module's answer so far")
    AdminRequestView get(@PathVariable UUID id) {
        return requests.find(id).map(request -> AdminRequestView.of(request, json))
                .orElseThrow(() -> ApiProblem.notFound("No such privacy request"));
    }

    @PostMapping("/exports")
    @Access(Level.ADMIN)
    @Operation(summary = "Gather a copy of everything held about the person with this email address")
    ResponseEntity<AdminRequestView> export(@Valid @RequestBody ForPerson person) {
        return ResponseEntity.accepted().body(AdminRequestView.of(
                requests.exportFor(person.email(), CurrentActor.get().orElseThrow()), json));
    }

    @PostMapping("/erasures")
    @Access(Level.ADMIN)
    @Operation(summary = "Erase the person with this email address everywhere; their account too, if they have one")
    ResponseEntity<AdminRequestView> erase(@Valid @RequestBody ForPerson person) {
        return ResponseEntity.accepted().body(AdminRequestView.of(
                requests.eraseFor(person.email(), CurrentActor.get().orElseThrow()), json));
    }
}
