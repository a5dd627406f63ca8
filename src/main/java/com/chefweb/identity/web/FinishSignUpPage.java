package com.chefweb.identity.web;

import io.swagger.v3.oas.annotations.Hidden;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import com.chefweb.identity.account.SignUps;
import com.chefweb.shared.refusal.Refusal;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;
import com.chefweb.shared.web.RateLimited;

/**
 * The page a storefront sign-up email opens. Opening it changes nothing (mail scanners open links too); the
 * password chosen at sign-up and its button open the account.
 */
@RestController
@Hidden
class FinishSignUpPage {

    private static final String TITLE = "Finish signing up";

    private final SignUps signUps;

    FinishSignUpPage(SignUps signUps) {
        this.signUps = signUps;
    }

    @GetMapping("/auth/finish-sign-up")
    @Access(Level.PUBLIC)
    ResponseEntity<String> form(@RequestParam(required = false) @Nullable String token) {
        return form(HttpStatus.OK, null, token);
    }

    @PostMapping(path = "/auth/finish-sign-up", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @Access(Level.PUBLIC)
    @RateLimited("register")
    ResponseEntity<String> finish(@RequestParam(required = false) @Nullable String token,
            @RequestParam(required = false) @Nullable String password) {
        try {
            signUps.finish(token, password);
        } catch (Refusal.Invalid wrongPassword) {
            return form(HttpStatus.BAD_REQUEST, wrongPassword.fields().getFirst().message(), token);
        } catch (Refusal.Rejected | Refusal.Conflict refused) {
            String problem = refused.getMessage();
            return PlainPage.html(refused instanceof Refusal.Conflict ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST,
                    TITLE, "<h1>Finish signing up</h1><p><strong>" + HtmlUtils.htmlEscape(problem) + "</strong></p>");
        }
        return PlainPage.html(HttpStatus.OK, TITLE, "<h1>Your account is open</h1><p>Sign in with your email address "
                + "and the password you chose.</p>");
    }

    private static ResponseEntity<String> form(HttpStatus status, @Nullable String problem, @Nullable String token) {
        return PlainPage.html(status, TITLE, "<h1>Finish signing up</h1>"
                + (problem == null ? "" : "<p><strong>" + HtmlUtils.htmlEscape(problem) + "</strong></p>")
                + "<form method=\"post\" action=\"/auth/finish-sign-up\">"
                + "<input type=\"hidden\" name=\"token\" value=\"" + HtmlUtils.htmlEscape(token == null ? "" : token)
                + "\"><p><label>The password you chose <input type=\"password\" name=\"password\" "
                + "autocomplete=\"current-password\" required></label></p>"
                + "<p><button type=\"submit\">Open my account</button></p></form>");
    }
}
