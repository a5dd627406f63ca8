package com.chefweb.catalog.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import com.chefweb.catalog.domain.CatalogAdministration;
import com.chefweb.catalog.domain.CatalogQueries;
import com.chefweb.shared.geo.UsPostalCodes;

/**
 * On start, before the web server takes requests: loads the storefront's catalog into an empty database through the
 * catalog's own administration (so the first price book flows like any edit), then republishes the current price
 * book so every consumer holds the latest version.
 */
@Component
class CatalogSeeder implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(CatalogSeeder.class);

    private final CatalogAdministration administration;
    private final CatalogQueries queries;
    private final JsonMapper json;
    private final Resource seedFile;

    CatalogSeeder(CatalogAdministration administration, CatalogQueries queries, JsonMapper json,
            @Value("${chefweb.catalog.seed-file}") Resource seedFile) {
        this.administration = administration;
        this.queries = queries;
        this.json = json;
        this.seedFile = seedFile;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!queries.isSeeded() && administration.seed(readSeed().toSeed(UsPostalCodes.load()))) {
            log.info("Seeded the catalog from {}", seedFile.getDescription());
        }
        administration.republishPriceBook();
    }

    private CatalogFile readSeed() {
        try (InputStream in = seedFile.getInputStream()) {
            return json.readValue(in, CatalogFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the catalog seed " + seedFile.getDescription(), e);
        }
    }
}
