package com.chefweb.identity.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.chefweb.identity.apikey.ApiKeys;
import com.chefweb.identity.web.AdminMessages.ApiKeyList;
import com.chefweb.identity.web.AdminMessages.ApiKeyView;
import com.chefweb.identity.web.AdminMessages.CreatedApiKeyView;
import com.chefweb.identity.web.AdminMessages.NewApiKey;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;
import com.chefweb.shared.security.Actor;
import com.chefweb.shared.security.CurrentActor;

@RestController
@RequestMapping("/api/admin/api-keys")
@Access(Level.ADMIN)
@Tag(name = "Admin API keys", description = "Keys for the admin console and machines")
class ApiKeyController {

    private final ApiKeys apiKeys;

    ApiKeyController(ApiKeys apiKeys) {
        this.apiKeys = apiKeys;
    }

    @GetMapping
    @Operation(summary = "Every key, without its secret")
    ApiKeyList list() {
        return new ApiKeyList(apiKeys.list().stream().map(ApiKeyView::of).toList());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a key; the secret is in this response only")
    CreatedApiKeyView create(@Valid @RequestBody NewApiKey request) {
        UUID creator = CurrentActor.get().flatMap(Actor::userId).orElse(null);
        var created = apiKeys.create(request.name(), creator);
        return new CreatedApiKeyView(ApiKeyView.of(created.key()), created.secret());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke a key: it stops working, with every console session opened with it")
    ApiKeyView revoke(@PathVariable UUID id) {
        return ApiKeyView.of(apiKeys.revoke(id));
    }
}
