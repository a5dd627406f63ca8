package com.chefweb.identity.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.chefweb.identity.account.Accounts;
import com.chefweb.identity.account.Role;
import com.chefweb.identity.marketplace.MarketplaceAccounts;
import com.chefweb.identity.web.AdminMessages.NewUser;
import com.chefweb.identity.web.AdminMessages.UserChange;
import com.chefweb.identity.web.AdminMessages.UserPage;
import com.chefweb.identity.web.AdminMessages.UserView;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;

@RestController
@RequestMapping("/api/admin/users")
@Access(Level.ADMIN)
@Tag(name = "Admin users", description = "Admins open staff and chef accounts and manage roles")
class UserAdministrationController {

    private final Accounts accounts;
    private final MarketplaceAccounts marketplace;

    UserAdministrationController(Accounts accounts, MarketplaceAccounts marketplace) {
        this.accounts = accounts;
        this.marketplace = marketplace;
    }

    @GetMapping
    @Operation(summary = "Accounts, newest first")
    UserPage list(@RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
            @RequestParam(defaultValue = "0") @Min(0) int offset) {
        return new UserPage(accounts.page(limit, offset).stream().map(UserView::of).toList(), accounts.count(),
                limit, offset);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open an account with any role")
    UserView create(@Valid @RequestBody NewUser request) {
        return UserView.of(marketplace.openByAdmin(request.email(), request.name(), request.password(),
                Role.fromCode(request.role()), request.chefId()));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change an account's role or chef link, or disable it (which ends its sessions)")
    UserView change(@PathVariable UUID id, @Valid @RequestBody UserChange request) {
        return UserView.of(marketplace.changeByAdmin(id, request.role() == null ? null : Role.fromCode(request.role()),
                request.chefId(), request.disabled()));
    }
}
