package com.chefweb.identity.web;

import io.swagger.v3.oas.annotations.Hidden;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import com.chefweb.identity.marketplace.PasswordResets;
import com.chefweb.shared.refusal.Refusal;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;
import com.chefweb.shared.web.RateLimited;

/**
 * The page a password reset email opens: a plain form (no script, no style, so it keeps the strict content security
 * policy) that sets the new password, because the marketplace app shows its own reset form only to someone signed
 * in, and who forgot their password is not.
 */
@RestController
@Hidden
class PasswordResetPage {

    private final PasswordResets resets;
    private final String appUrl;

    PasswordResetPage(PasswordResets resets,
            @Value("${chefweb.marketplace.app-url:http://localhost:5174}") String appUrl) {
        this.resets = resets;
        this.appUrl = appUrl.endsWith("/") ? appUrl.substring(0, appUrl.length() - 1) : appUrl;
    }

    @GetMapping("/auth/reset-password")
    @Access(Level.PUBLIC)
    ResponseEntity<String> form(@RequestParam(required = false) @Nullable String uid,
            @RequestParam(required = false) @Nullable String token) {
        return page(HttpStatus.OK, null, uid, token);
    }

    @PostMapping(path = "/auth/reset-password", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @Access(Level.PUBLIC)
    @RateLimited("login")
    ResponseEntity<String> reset(@RequestParam(required = false) @Nullable String uid,
            @RequestParam(required = false) @Nullable String token,
            @RequestParam(name = "new_password", required = false) @Nullable String password,
            @RequestParam(name = "confirm_password", required = false) @Nullable String confirmation) {
        try {
            resets.reset(uid, token, password, confirmation);
        } catch (Refusal.Invalid refused) {
            String problem = refused.fields().isEmpty() ? refused.getMessage()
                    : refused.fields().getFirst().message();
            return page(HttpStatus.BAD_REQUEST, problem, uid, token);
        }
        return html(HttpStatus.OK, "<h1>Your password is changed</h1><p>Sign in with it <a href=\""
                + HtmlUtils.htmlEscape(appUrl + "/login") + "\">in the app</a>. You were signed out everywhere "
                + "else.</p>");
    }

    private ResponseEntity<String> page(HttpStatus status, @Nullable String problem, @Nullable String uid,
            @Nullable String token) {
        return html(status, "<h1>Choose a new password</h1>"
                + (problem == null ? "" : "<p><strong>" + HtmlUtils.htmlEscape(problem) + "</strong></p>")
                + "<form method=\"post\" action=\"/auth/reset-password\">"
                + "<input type=\"hidden\" name=\"uid\" value=\"" + HtmlUtils.htmlEscape(uid == null ? "" : uid) + "\">"
                + "<input type=\"hidden\" name=\"token\" value=\"" + HtmlUtils.htmlEscape(token == null ? "" : token)
                + "\"><p><label>New password <input type=\"password\" name=\"new_password\" "
                + "autocomplete=\"new-password\" minlength=\"8\" required></label></p>"
                + "<p><label>Confirm it <input type=\"password\" name=\"confirm_password\" "
                + "autocomplete=\"new-password\" minlength=\"8\" required></label></p>"
                + "<p><button type=\"submit\">Set my new password</button></p></form>");
    }

    private static ResponseEntity<String> html(HttpStatus status, String body) {
        return PlainPage.html(status, "Choose a new password", body);
    }
}
