package com.chefweb.identity.ratelimit;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The limits by name ({@code chefweb.rate-limits.<name>.limit} requests per {@code .period}), per client address.
 */
@ConfigurationProperties("chefweb")
public record RateLimitProperties(Map<String, Limit> rateLimits) {

    public RateLimitProperties {
        rateLimits = rateLimits == null ? Map.of() : Map.copyOf(rateLimits);
    }

    /**
     * @param limit how many requests
     * @param period in how long
     * @param message what the client is told when over it
     */
    public record Limit(int limit, Duration period, String message) {

        public Limit {
            if (limit < 1 || period == null || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("A rate limit needs a positive limit and period");
            }
        }

        /** The spacing between requests at the sustained rate. */
        Duration emissionInterval() {
            return period.dividedBy(limit);
        }
    }
}
