package com.chefweb.shared.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Cross-origin access for the storefront and the marketplace app. Preflights are answered with 200, which older
 * browsers need, and allow the headers the clients send (JSON content type, bearer tokens, idempotency keys).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CorsProperties.class)
class WebConfiguration implements WebMvcConfigurer {

    private final CorsProperties cors;

    WebConfiguration(CorsProperties cors) {
        this.cors = cors;
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping("/**")
                .allowedOriginPatterns(cors.allowedOrigins().toArray(String[]::new))
                .allowedMethods("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")
                .allowedHeaders("Content-Type", "Authorization", "Accept", "Idempotency-Key", "X-Booking-Token",
                        "Stripe-Signature", "X-Requested-With")
                .allowCredentials(true)
                .maxAge(3600);
    }
}
