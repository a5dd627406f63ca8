package com.chefweb.identity.web;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import com.chefweb.identity.privacy.PrivacyRequest;
import com.chefweb.identity.privacy.PrivacyRequests;
import com.chefweb.identity.web.PrivacyMessages.ErasureConfirmation;
import com.chefweb.identity.web.PrivacyMessages.RequestView;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;
import com.chefweb.shared.security.Actor;
import com.chefweb.shared.security.CurrentActor;
import com.chefweb.shared.web.ApiProblem;
import com.chefweb.shared.web.RateLimited;

/**
 * A signed-in person's own data: a copy of everything held about them, gathered from every module, and its erasure.
 * Both are answered at once with the request, which fills in as the modules answer (usually within seconds).
 */
@RestController
@RequestMapping("/api/account")
@Tag(name = "Your data", description = "Download everything held about you, or have it erased")
class PrivacyController {

    private final PrivacyRequests requests;
    private final JsonMapper json;

    PrivacyController(PrivacyRequests requests, JsonMapper json) {
        this.requests = requests;
        this.json = json;
    }

    @PostMapping("/data-exports")
    @Access(Level.SIGNED_IN)
    @RateLimited("privacy")
    @Operation(summary = "Ask for a copy of your data; fetch it from the Location given when its status is ready")
    ResponseEntity<RequestView> export() {
        PrivacyRequest request = requests.exportOwn(actor());
        return ResponseEntity.accepted().location(URI.create("/api/account/data-exports/" + request.id()))
                .body(RequestView.of(request, json));
    }

    @GetMapping("/data-exports/{id}")
    @Access(Level.SIGNED_IN)
    @Operation(summary = "Your data as JSON: every module's records about you, once the status is ready")
    ResponseEntity<RequestView> download(@PathVariable UUID id) {
        PrivacyRequest request = requests.findOwn(id, actor())
                .filter(found -> found.kind() == PrivacyRequest.Kind.EXPORT)
                .orElseThrow(() -> ApiProblem.notFound("No such data export"));
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if (request.done()) {
            response.header("Content-Disposition", "attachment; filename=\"chefweb-data-" + id + ".json\"");
        }
        return response.body(RequestView.of(request, json));
    }

    @PostMapping("/erasure")
    @Access(Level.SIGNED_IN)
    @RateLimited("privacy")
    @Operation(summary = "Erase your account and your personal data everywhere; payments and bookings keep their "
            + "amounts and dates under an anonymous id. You are signed out. Cannot be undone.")
    ResponseEntity<RequestView> erase(@Valid @RequestBody ErasureConfirmation confirmation) {
        PrivacyRequest request = requests.eraseOwn(actor(), confirmation.password());
        return ResponseEntity.accepted().body(RequestView.of(request, json));
    }

    private static Actor actor() {
        return CurrentActor.get().orElseThrow();
    }
}
