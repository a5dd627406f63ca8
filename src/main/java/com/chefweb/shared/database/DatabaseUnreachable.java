package com.chefweb.shared.database;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure because the database could not be reached (no connection in time, the gate shut, the connection
 * lost, the server shutting down) from any other: the work changed nothing and will work when tried again, so it is
 * answered 503 and logged in one line instead of with a stack trace per request and per scheduled run.
 */
public final class DatabaseUnreachable {

    private DatabaseUnreachable() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                // connection exception (08) or the server going down (57P)
                return sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P");
            }
        }
        return false;
    }
}
