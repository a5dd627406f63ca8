package com.chefweb.shared.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Stands in front of the connection pool. While the database is known not to answer, a request asking for a
 * connection is refused at once (answered 503) instead of waiting out the pool's timeout; the {@link DatabaseWatch}
 * closes and opens it.
 */
final class DatabaseGate extends DelegatingDataSource {

    /** SQL state "connection exception: unable to establish": what the pool would say, only sooner. */
    static final String UNABLE_TO_CONNECT = "08001";

    private volatile boolean open = true;

    DatabaseGate(DataSource pool) {
        super(pool);
    }

    @Override
    public Connection getConnection() throws SQLException {
        refuseWhileClosed();
        return super.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        refuseWhileClosed();
        return super.getConnection(username, password);
    }

    private void refuseWhileClosed() throws SQLTransientConnectionException {
        if (!open) {
            throw new SQLTransientConnectionException("The database is not answering", UNABLE_TO_CONNECT);
        }
    }

    void close() {
        open = false;
    }

    void open() {
        open = true;
    }

    boolean isOpen() {
        return open;
    }
}
