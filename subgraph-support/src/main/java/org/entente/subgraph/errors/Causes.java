package org.entente.subgraph.errors;

import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Predicate;

/** Reading a failure's cause chain, where JPA, Hibernate, the pool and the driver each wrap the one below. */
final class Causes {

    private Causes() {}

    /** Whether the failure or any of its causes passes the test. */
    static boolean any(Throwable failure, Predicate<Throwable> test) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (test.test(cause)) {
                return true;
            }
        }
        return false;
    }

    /** The SQLSTATE a driver gave this failure; empty for other failures and for a driver or pool that gave none. */
    static Optional<String> sqlState(Throwable failure) {
        return failure instanceof SQLException sql ? Optional.ofNullable(sql.getSQLState()) : Optional.empty();
    }
}
