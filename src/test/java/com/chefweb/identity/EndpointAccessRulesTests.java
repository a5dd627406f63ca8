package com.chefweb.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.chefweb.support.FakeStripeAndSendGrid;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;
import com.chefweb.support.HttpApi;
import com.chefweb.support.TestAccounts;

/**
 * Every endpoint the service registers has an access rule, and the rule is what the service enforces: each endpoint
 * is called as nobody, a customer, a chef, staff and an admin, and must refuse exactly those its rule leaves out.
 * A new endpoint without a rule fails this test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndpointAccessRulesTests extends FakeStripeAndSendGrid {

    /** Endpoints of libraries, not ours: the API documentation, public by the security configuration. */
    private static final List<String> LIBRARY_PACKAGES = List.of("org.springdoc.");

    private enum Caller { NOBODY, CUSTOMER, CHEF, STAFF, ADMIN }

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    HttpApi api;
    final Map<Caller, Credentials> credentials = new java.util.EnumMap<>(Caller.class);

    @BeforeAll
    void openAccounts() {
        api = new HttpApi(port);
        HttpApi admin = api.asAdmin();
        credentials.put(Caller.ADMIN, new Credentials(TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD));
        for (Caller caller : List.of(Caller.CUSTOMER, Caller.CHEF, Caller.STAFF)) {
            String email = TestAccounts.uniqueEmail(caller.name().toLowerCase());
            // a chef account acts for a chef profile
            String chefId = caller == Caller.CHEF ? "\"" + java.util.UUID.randomUUID() + "\"" : "null";
            admin.post("/api/admin/users", """
                    {"email":"%s","name":"%s","password":"%s","role":"%s","chef_id":%s}"""
                    .formatted(email, caller.name(), TestAccounts.GOOD_PASSWORD, caller.name().toLowerCase(), chefId));
            credentials.put(caller, new Credentials(email, TestAccounts.GOOD_PASSWORD));
        }
    }

    @Test
    void everyEndpointHasAnAccessRule() {
        List<String> unruled = endpoints().stream().filter(e -> e.rule() == null).map(Endpoint::toString).toList();

        assertThat(endpoints()).hasSizeGreaterThan(15);
        assertThat(unruled).as("endpoints without @Access").isEmpty();
    }

    @Test
    void eachEndpointRefusesExactlyTheCallersItsRuleLeavesOut() {
        SoftAssertions softly = new SoftAssertions();
        for (Endpoint endpoint : endpoints()) {
            for (Caller caller : Caller.values()) {
                // a fresh sign-in per call: some endpoints (sign-out) end the session they are called with
                HttpApi as = caller == Caller.NOBODY ? api
                        : api.signedIn(credentials.get(caller).email(), credentials.get(caller).password());
                int status = as.send(endpoint.method(), endpoint.samplePath(), "{}",
                        Map.of("Content-Type", "application/json")).status();
                boolean allowed = allows(endpoint.rule(), caller);
                String call = caller + " " + endpoint + " -> " + status;
                if (allowed) {
                    softly.assertThat(status).as(call).isNotIn(401, 403);
                } else {
                    softly.assertThat(status).as(call).isEqualTo(caller == Caller.NOBODY ? 401 : 403);
                }
            }
        }
        softly.assertAll();
    }

    private static boolean allows(Access rule, Caller caller) {
        Set<Level> levels = EnumSet.copyOf(Arrays.asList(rule.value()));
        return switch (caller) {
            case NOBODY -> levels.contains(Level.PUBLIC);
            case CUSTOMER -> levels.contains(Level.PUBLIC) || levels.contains(Level.SIGNED_IN) || levels.contains(Level.CUSTOMER);
            case CHEF -> levels.contains(Level.PUBLIC) || levels.contains(Level.SIGNED_IN) || levels.contains(Level.CHEF);
            case STAFF -> levels.contains(Level.PUBLIC) || levels.contains(Level.SIGNED_IN) || levels.contains(Level.STAFF);
            // an admin runs the business but is neither a chef nor a customer: their own pages are theirs
            case ADMIN -> levels.contains(Level.PUBLIC) || levels.contains(Level.SIGNED_IN) || levels.contains(Level.STAFF)
                    || levels.contains(Level.ADMIN);
        };
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        handlers.getHandlerMethods().forEach((info, handler) -> {
            if (LIBRARY_PACKAGES.stream().anyMatch(p -> handler.getBeanType().getName().startsWith(p))) {
                return;
            }
            for (String pattern : patterns(info)) {
                for (RequestMethod method : methods(info)) {
                    endpoints.add(new Endpoint(method.name(), pattern, ruleOf(handler)));
                }
            }
        });
        return endpoints;
    }

    private static Access ruleOf(HandlerMethod handler) {
        Access onMethod = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), Access.class);
        return onMethod != null ? onMethod : AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), Access.class);
    }

    private static Set<String> patterns(RequestMappingInfo info) {
        return info.getPatternValues();
    }

    private static Set<RequestMethod> methods(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty() ? Set.of(RequestMethod.GET) : methods;
    }

    private record Credentials(String email, String password) {
    }

    private record Endpoint(String method, String pattern, Access rule) {

        /** The pattern with each path variable filled in, so the request reaches the endpoint. */
        String samplePath() {
            // integer ids (marketplace paths constrain them to digits) get a number, any other variable a UUID
            return pattern.replaceAll("\\{[^}:]+:\\\\d\\+}", "1").replaceAll("\\{[^}]+}",
                    UUID.randomUUID().toString());
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }
}
