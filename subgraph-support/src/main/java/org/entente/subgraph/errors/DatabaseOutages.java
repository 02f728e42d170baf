package org.entente.subgraph.errors;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Set;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Failures that say the service's database cannot be reached right now (down, restarting, the
 * connection lost), not that the request or the code is wrong. A client is told the data is
 * unavailable (SUBGRAPH_UNAVAILABLE, as when a subgraph itself is out), which invites a retry and
 * lets the gateway and the explorer show the rest of an answer; INTERNAL would say "a bug".
 */
final class DatabaseOutages {

    static final String MESSAGE = "the service's data is unavailable at the moment: try again shortly";

    /**
     * admin_shutdown, crash_shutdown, cannot_connect_now (the connection exception class 08 is
     * matched by prefix), and query_canceled: an operator cancelled the statement, or the service
     * did because its caller hung up (CallerHangUp), and then nobody reads the answer.
     */
    private static final Set<String> SQL_STATES = Set.of("57P01", "57P02", "57P03", "57014");

    private DatabaseOutages() {}

    static boolean isOutage(Throwable failure) {
        return Causes.any(
                failure,
                cause -> cause instanceof JDBCConnectionException
                        || cause instanceof SQLTransientConnectionException
                        || Causes.sqlState(cause)
                                .filter(state -> state.startsWith("08") || SQL_STATES.contains(state))
                                .isPresent()
                        || isPoolTimeout(cause));
    }

    /**
     * The pool (Agroal) got no connection within its acquisition timeout: the database hangs, or
     * every connection is busy. Agroal throws a plain SQLException without SQLSTATE for it, so
     * only its message tells (PoolTimeoutTest keeps that true of the Agroal we ship).
     */
    private static boolean isPoolTimeout(Throwable cause) {
        return cause instanceof SQLException sql
                && sql.getSQLState() == null
                && sql.getMessage() != null
                && sql.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout");
    }
}
