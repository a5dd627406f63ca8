package com.chefweb.identity.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.chefweb.identity.account.Accounts;
import com.chefweb.identity.web.AuthMessages.User;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;
import com.chefweb.shared.security.Actor;
import com.chefweb.shared.security.CurrentActor;
import com.chefweb.shared.web.ApiProblem;

@RestController
@RequestMapping("/api/users")
@Tag(name = "Sign-in")
class UserController {

    private final Accounts accounts;

    UserController(Accounts accounts) {
        this.accounts = accounts;
    }

    /** One's own account, or anyone's for staff. Another user's id answers 404, as if it did not exist. */
    @GetMapping("/{id}")
    @Access(Level.SIGNED_IN)
    @Operation(summary = "An account: your own, or any for staff")
    User get(@PathVariable UUID id) {
        Actor actor = CurrentActor.get().orElseThrow();
        boolean own = actor.userId().map(id::equals).orElse(false);
        if (!own && !actor.isStaff()) {
            throw ApiProblem.notFound("User not found");
        }
        return accounts.find(id).map(User::of).orElseThrow(() -> ApiProblem.notFound("User not found"));
    }
}
