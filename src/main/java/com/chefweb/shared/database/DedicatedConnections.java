package com.chefweb.shared.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Connections of their own, opened with the pool's address and credentials but outside the pool: for work that holds
 * a connection for as long as the service runs (listening for signals, watching the database), which must neither
 * take one of the requests' connections nor wait behind the pool's gate.
 */
public final class DedicatedConnections {

    private DedicatedConnections() {
    }

    /** Whether {@code dataSource} is a pool whose address is known; otherwise a connection comes from the pool. */
    public static boolean available(DataSource dataSource) {
        return pool(dataSource).isPresent();
    }

    /**
     * @param settings driver settings on top of the pool's own (timeouts, keep-alive)
     */
    public static Connection open(DataSource dataSource, Map<String, String> settings) throws SQLException {
        Optional<HikariDataSource> pool = pool(dataSource);
        if (pool.isEmpty()) {
            return dataSource.getConnection();
        }
        Properties properties = new Properties();
        properties.putAll(pool.get().getDataSourceProperties());
        if (pool.get().getUsername() != null) {
            properties.setProperty("user", pool.get().getUsername());
        }
        if (pool.get().getPassword() != null) {
            properties.setProperty("password", pool.get().getPassword());
        }
        properties.putAll(settings);
        return DriverManager.getConnection(pool.get().getJdbcUrl(), properties);
    }

    static Optional<HikariDataSource> pool(DataSource dataSource) {
        try {
            return dataSource.isWrapperFor(HikariDataSource.class)
                    ? Optional.of(dataSource.unwrap(HikariDataSource.class)) : Optional.empty();
        } catch (SQLException notAPool) {
            return Optional.empty();
        }
    }
}
