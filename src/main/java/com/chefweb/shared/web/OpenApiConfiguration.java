package com.chefweb.shared.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description served at {@code /v3/api-docs}, browsable with Swagger UI. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI chefWebOpenApi() {
        return new OpenAPI().info(new Info()
                .title("ChefWeb API")
                .version("v1")
                .description("Private-chef bookings: the storefront's catalog, bookings and payments, and the "
                        + "chef-first marketplace. Errors are RFC 9457 problem details with an `error` member.")
                .license(new License().name("Postal code data: GeoNames, CC BY 4.0")
                        .url("https://creativecommons.org/licenses/by/4.0/")));
    }
}
