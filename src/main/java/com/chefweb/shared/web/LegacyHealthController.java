package com.chefweb.shared.web;

import java.time.Clock;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.chefweb.shared.security.Access;

/**
 * The liveness answer the storefront's original backend gave at {@code /health}, kept for its deployment scripts.
 * Readiness with the database is at {@code /actuator/health}.
 */
@RestController
@Hidden
@Access(Access.Level.PUBLIC)
class LegacyHealthController {

    private final Clock clock;

    LegacyHealthController(Clock clock) {
        this.clock = clock;
    }

    @GetMapping("/health")
    Health health() {
        return new Health(true, clock.instant().toString());
    }

    /** @param timestamp the server's time, ISO-8601 in UTC */
    record Health(boolean ok, String timestamp) {
    }
}
