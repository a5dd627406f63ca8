package com.chefweb.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Limits how often one client may call an endpoint. The numbers come from configuration
 * ({@code chefweb.rate-limits.<name>}), and the count is shared through PostgreSQL so it holds across instances. Over the
 * limit a client gets 429 with {@code Retry-After}, {@code message} and {@code retryAfter} (minutes).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RateLimited {

    /** The limit's name, such as {@code login}. */
    String value();
}
