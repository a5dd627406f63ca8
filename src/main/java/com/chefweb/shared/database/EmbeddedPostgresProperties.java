package com.chefweb.shared.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The PostgreSQL the service starts for itself when no database URL is configured.
 *
 * @param dataDirectory where it keeps its data between runs; blank for a throw-away database (tests)
 * @param port the port it listens on; 0 picks a free one
 */
@ConfigurationProperties("chefweb.embedded-postgres")
public record EmbeddedPostgresProperties(String dataDirectory, int port) {

    public EmbeddedPostgresProperties {
        dataDirectory = dataDirectory == null ? "" : dataDirectory.strip();
    }

    boolean throwAway() {
        return dataDirectory.isEmpty();
    }
}
