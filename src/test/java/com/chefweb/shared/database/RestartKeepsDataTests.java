package com.chefweb.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.chefweb.ChefWebApplication;
import com.chefweb.support.HttpApi;

/**
 * The embedded database keeps its data in a folder between runs: what an admin changed through the API is still
 * there after the service stops and starts again, and the catalog is not seeded a second time.
 */
class RestartKeepsDataTests {

    @TempDir
    Path dataDirectory;

    @Test
    void aPriceChangedThroughTheApiSurvivesARestart() {
        long versionAfterChange;
        try (ConfigurableApplicationContext first = start()) {
            HttpApi api = api(first).asAdmin();
            assertThat(api.patch("/api/packages", "{\"packages\":[{\"id\":\"premium\",\"price\":99}]}").status())
                    .isEqualTo(200);
            versionAfterChange = api.get("/api/packages").json().get("priceBookVersion").asLong();
        }

        try (ConfigurableApplicationContext second = start()) {
            JdbcTemplate database = new JdbcTemplate(second.getBean(DataSource.class));
            assertThat(database.queryForObject("show fsync", String.class)).as("kept data is written to disk")
                    .isEqualTo("on");
            assertThat(database.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
            var packages = api(second).get("/api/packages").json();
            assertThat(packages.get("packages").get(2).get("price").decimalValue()).isEqualByComparingTo("99");
            assertThat(packages.get("priceBookVersion").asLong()).isEqualTo(versionAfterChange);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(ChefWebApplication.class).run(
                "--server.port=0",
                "--chefweb.embedded-postgres.data-directory=" + dataDirectory.resolve("postgres"));
    }

    private static HttpApi api(ConfigurableApplicationContext context) {
        return new HttpApi(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
    }
}
