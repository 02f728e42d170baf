package org.entente.subgraph.errors;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.util.Set;
import org.hibernate.StaleStateException;

/**
 * Failures of a write that lost a race with a concurrent one: the row it read had changed
 * (optimistic lock), it could not take a lock, or another write inserted the same unique key
 * first. They are the client's CONFLICT, not an INTERNAL error: reading again and retrying settles
 * them. A writer refuses what it can see coming with a message of its own; this covers the rest,
 * wherever it surfaces (at a flush, or at commit).
 */
final class Conflicts {

    static final String MESSAGE =
            "another write changed the same data at the same time; nothing was written: reload it and apply the change again";

    /** unique_violation, serialization_failure, deadlock_detected, lock_not_available. */
    private static final Set<String> SQL_STATES = Set.of("23505", "40001", "40P01", "55P03");

    private Conflicts() {}

    /** A row changed since it was read (its version column moved on): the client's copy is stale. */
    static boolean isStaleVersion(Throwable failure) {
        return Causes.any(
                failure, cause -> cause instanceof OptimisticLockException || cause instanceof StaleStateException);
    }

    static boolean isConflict(Throwable failure) {
        return Causes.any(
                failure,
                cause -> cause instanceof OptimisticLockException
                        || cause instanceof PessimisticLockException
                        || cause instanceof LockTimeoutException
                        || cause instanceof StaleStateException
                        || Causes.sqlState(cause).filter(SQL_STATES::contains).isPresent());
    }
}
