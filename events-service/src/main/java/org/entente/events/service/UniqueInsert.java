package org.entente.events.service;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.PersistenceException;
import org.entente.subgraph.errors.ClientException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Inserts a row guarded by a unique index (source URL, event or statement key). The service
 * checks for an existing row first; this covers the race where a concurrent write inserted
 * the same key in between: CONFLICT, and a retry then finds the existing row.
 */
final class UniqueInsert {
    private UniqueInsert() {}

    static void persist(PanacheEntityBase entity, String what) {
        try {
            entity.persistAndFlush();
        } catch (PersistenceException e) {
            if (e instanceof ConstraintViolationException || e.getCause() instanceof ConstraintViolationException) {
                throw ClientException.conflict(what + " was recorded by a concurrent write; retry to get it");
            }
            throw e;
        }
    }
}
