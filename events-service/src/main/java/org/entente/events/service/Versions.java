package org.entente.events.service;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.LockModeType;
import java.util.function.ToLongFunction;
import org.entente.subgraph.errors.ClientException;

/**
 * Optimistic concurrency of events and statements. A change names the version it was based on and
 * is refused with CONFLICT when the row has moved on; each accepted change, including one that
 * only replaces the rows linked to it (participants, sources, the actors a statement is about),
 * adds one to the version, so that no edit silently undoes another.
 *
 * <p>Writers take the row with a lock held until they commit: concurrent changes
 * of one row take turns, and the second sees the first one's version.
 */
final class Versions {
    /** The mutation that reverts a change of this service, as its history names it. */
    static final String REVERT = "revertEventChange";

    private Versions() {}

    /** The row read as {@code what} with this id; NOT_FOUND when there was none. */
    static <E extends PanacheEntityBase> E existing(E row, String what, long id) {
        if (row == null) {
            throw ClientException.notFound("no " + what + " with id " + id);
        }
        return row;
    }

    /** CONFLICT unless the row is at {@code expected}, telling the client to reload and retry. */
    static void require(String what, long id, long current, long expected) {
        if (current != expected) {
            throw ClientException.staleVersion(what + " " + id + " is at version " + current + ", not " + expected
                    + ": it was changed meanwhile; reload it and apply the change again");
        }
    }

    /**
     * Adds one to the version of a changed row. Hibernate does that itself when a column of the
     * row changed; a change of linked rows only leaves it as it was, and it is raised here.
     */
    static <E extends PanacheEntityBase> void bump(E row, long before, ToLongFunction<E> version) {
        Panache.getEntityManager().flush();
        if (version.applyAsLong(row) == before) {
            Panache.getEntityManager().lock(row, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        }
    }
}
