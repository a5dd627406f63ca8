package com.chefweb.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import com.chefweb.identity.events.EmailConfirmationRequested;
import com.chefweb.identity.events.SignUpConfirmationRequested;
import com.chefweb.support.HttpApi.Response;

/** Follows the links sign-up emails carry, as their reader would, taking them from the events that ask for them. */
public final class SignUpLinks {

    private SignUpLinks() {
    }

    /** A storefront customer who signed up and followed the emailed link, signed in. */
    public static HttpApi storefrontCustomer(HttpApi api, PublishedEventLog published, String email, String name) {
        return api.as(storefrontSignUp(api, published, email, name, TestAccounts.GOOD_PASSWORD).json()
                .get("accessToken").asString());
    }

    /** Signs up on the storefront and follows the link: the answer of the link, tokens and the new account. */
    public static Response storefrontSignUp(HttpApi api, PublishedEventLog published, String email, String name,
            String password) {
        Response started = api.post("/api/auth/register", """
                {"email":"%s","name":"%s","password":"%s"}""".formatted(email, name, password));
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        Response finished = api.post("/api/auth/register/confirm", "{\"token\":\"" + signUpToken(published, email)
                + "\",\"password\":\"" + password + "\"}");
        assertThat(finished.status()).as(finished.body()).isEqualTo(201);
        return finished;
    }

    /** The token of the last storefront sign-up link sent to this address. */
    public static String signUpToken(PublishedEventLog published, String email) {
        String url = await().atMost(Duration.ofSeconds(5)).until(() -> published
                .ofType(SignUpConfirmationRequested.class).stream().filter(request -> request.email().equals(email))
                .map(SignUpConfirmationRequested::finishUrl).reduce((first, last) -> last), java.util.Optional::isPresent)
                .orElseThrow();
        return query(url).get("token");
    }

    /** The owner of a marketplace account follows the link that confirms its address. */
    public static void confirmMarketplaceEmail(HttpApi api, PublishedEventLog published, String email) {
        String url = await().atMost(Duration.ofSeconds(5)).until(() -> published
                .ofType(EmailConfirmationRequested.class).stream().filter(request -> request.email().equals(email))
                .map(EmailConfirmationRequested::confirmUrl).reduce((first, last) -> last), java.util.Optional::isPresent)
                .orElseThrow();
        Map<String, String> query = query(url);
        Response confirmed = api.post("/auth/api/register/verify-email/", "{\"uid\":\"" + query.get("uid")
                + "\",\"token\":\"" + query.get("token") + "\"}");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
    }

    private static Map<String, String> query(String url) {
        Map<String, String> query = new HashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return query;
    }
}
