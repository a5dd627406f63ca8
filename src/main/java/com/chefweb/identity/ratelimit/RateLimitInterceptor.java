package com.chefweb.identity.ratelimit;

import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import com.chefweb.shared.web.ApiProblem;
import com.chefweb.shared.web.RateLimited;

/**
 * Applies {@link RateLimited} limits per client address before the endpoint runs. The address is the one Spring
 * resolved from {@code X-Forwarded-For}, so behind a load balancer it is the customer's, not the balancer's.
 */
@Component
class RateLimitInterceptor implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(RateLimitInterceptor.class);

    private final RateLimiter limiter;
    private final RateLimitProperties properties;

    RateLimitInterceptor(RateLimiter limiter, RateLimitProperties properties) {
        this.limiter = limiter;
        this.properties = properties;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        RateLimited rateLimited = method.getMethodAnnotation(RateLimited.class);
        if (rateLimited == null) {
            return true;
        }
        RateLimitProperties.Limit limit = properties.rateLimits().get(rateLimited.value());
        if (limit == null) {
            throw new IllegalStateException("No configuration for rate limit '" + rateLimited.value() + "'");
        }
        String client = request.getRemoteAddr();
        Optional<Duration> wait = limiter.tryAcquire(rateLimited.value() + ":" + client, limit);
        if (wait.isPresent()) {
            log.warn("Rate limit '{}' reached by {} on {} {}", rateLimited.value(), client, request.getMethod(),
                    request.getRequestURI());
            throw ApiProblem.tooManyRequests(limit.message(), wait.get());
        }
        return true;
    }
}
