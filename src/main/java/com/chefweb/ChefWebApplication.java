package com.chefweb;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * ChefWeb: one backend for a chef business's own storefront and for a chef-first marketplace.
 * Each top-level package below this one is a module; they talk to each other only through events.
 */
@SpringBootApplication
@EnableScheduling
@Modulithic(systemName = "ChefWeb", sharedModules = "shared")
public class ChefWebApplication {

    public static void main(String[] args) {
        SpringApplication.run(ChefWebApplication.class, args);
    }
}
