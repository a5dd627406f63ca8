package com.chefweb.identity.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import com.chefweb.identity.session.SecurityProperties;

/**
 * Stateless bearer-token security: no cookies, so no CSRF tokens; every request is decided by the {@code @Access} rule
 * of its endpoint. API documentation and probes are public; metrics are for admins.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    private static final String[] API_DOCS = {"/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html"};

    /** Swagger UI runs scripts and styles of its own, so it gets a policy that allows them, and only them. */
    @Bean
    @Order(1)
    SecurityFilterChain apiDocumentation(HttpSecurity http) throws Exception {
        return http.securityMatcher(API_DOCS)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'")))
                .build();
    }

    /** Sign-in paths of the marketplace app, which it may call with a stale bearer token still in its header. */
    private static final java.util.Set<String> SIGN_IN_PATHS = java.util.Set.of("/auth/api/login",
            "/auth/api/register", "/auth/api/token/refresh", "/auth/api/token/blacklist",
            "/auth/api/password_reset_request", "/auth/api/reset_password");
    private static final org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver BEARER =
            new org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver();

    /**
     * The bearer token, except where it cannot matter: on the marketplace app's sign-in paths (an expired token sent
     * with a login must not turn the login into a 401, which the app takes for an expired session), and the
     * {@code Bearer null} the app sends after clearing its tokens. The chat's WebSocket handshake carries it as
     * {@code ?token=}.
     */
    private static @org.jspecify.annotations.Nullable String bearerToken(jakarta.servlet.http.HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (SIGN_IN_PATHS.contains(path.endsWith("/") ? path.substring(0, path.length() - 1) : path)) {
            return null;
        }
        String header = request.getHeader("Authorization");
        if (header != null && header.matches("(?i)bearer\\s+(null|undefined)?\\s*")) {
            return null;
        }
        if (header == null && path.startsWith("/ws/chat/") && "GET".equals(request.getMethod())) {
            // a browser cannot set headers on a WebSocket handshake: the app's chat sends its access token as
            // ?token= there, and only there (access tokens live minutes; the session check below still applies)
            String token = request.getParameter("token");
            return token == null || token.isBlank() ? null : token;
        }
        return BEARER.resolve(request);
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, JwtDecoder decoder, ActorAuthenticationConverter actors,
            EndpointAccess endpoints, ProblemSecurityResponses problems) throws Exception {
        return http
                .cors(Customizer.withDefaults())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .oauth2ResourceServer(server -> server
                        .bearerTokenResolver(SecurityConfiguration::bearerToken)
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(actors))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/error").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .anyRequest().access(endpoints))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)))
                .build();
    }
}
