package com.chefweb.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import com.chefweb.identity.marketplace.PasswordResets;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;
import com.chefweb.shared.web.JsonFields;
import com.chefweb.shared.web.Provided;
import com.chefweb.shared.web.RateLimited;

/** The app's forgotten-password flow: ask for a link by email, then set a new password with it. */
@RestController
@RequestMapping("/auth/api")
@Tag(name = "Marketplace sign-in", description = "The sautai app's sign-in, in its own dialect")
class PasswordResetController {

    private final PasswordResets resets;

    PasswordResetController(PasswordResets resets) {
        this.resets = resets;
    }

    record Answer(String status, String message) {
    }

    @PostMapping({"/password_reset_request", "/password_reset_request/"})
    @Access(Level.PUBLIC)
    @RateLimited("password-reset")
    @Operation(summary = "Email a link to choose a new password; the answer is the same whether or not the address "
            + "has an account")
    Answer request(@RequestBody JsonNode body) {
        JsonFields fields = JsonFields.of(body);
        Provided<String> email = fields.text("email");
        fields.refuseIfAny();
        resets.request(email == null ? null : email.value());
        return new Answer("success", "If an account uses that address, we sent it a link to choose a new password.");
    }

    @PostMapping({"/reset_password", "/reset_password/"})
    @Access(Level.PUBLIC)
    @RateLimited("login")
    @Operation(summary = "Set a new password with the uid and token of the emailed link; signs out everywhere")
    Answer reset(@RequestBody JsonNode body) {
        JsonFields fields = JsonFields.of(body);
        Provided<String> uid = fields.text("uid");
        Provided<String> token = fields.text("token");
        Provided<String> password = fields.text("new_password");
        Provided<String> confirmation = fields.text("confirm_password");
        fields.refuseIfAny();
        resets.reset(value(uid), value(token), value(password), value(confirmation));
        return new Answer("success", "Your password is changed. Sign in with the new one.");
    }

    private static @org.jspecify.annotations.Nullable String value(
            @org.jspecify.annotations.Nullable Provided<String> provided) {
        return provided == null ? null : provided.value();
    }
}
