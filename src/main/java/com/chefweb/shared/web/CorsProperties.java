package com.chefweb.shared.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which browser origins may call the API. The storefront's pages are served from another origin than the API (port
 * 8080 against 4000 locally), so every one of its calls is cross-origin.
 *
 * @param allowedOrigins origins or origin patterns, such as {@code https://*.pophibachi.com}
 */
@ConfigurationProperties("chefweb.cors")
public record CorsProperties(List<String> allowedOrigins) {

    public CorsProperties {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    }
}
