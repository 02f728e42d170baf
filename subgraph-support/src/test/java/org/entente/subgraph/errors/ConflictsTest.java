package org.entente.subgraph.errors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.hibernate.StaleObjectStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

class ConflictsTest {

    @Test
    void aLostRaceIsAConflictWhereverItIsWrapped() {
        assertTrue(Conflicts.isConflict(new OptimisticLockException("stale")));
        assertTrue(Conflicts.isConflict(new RuntimeException(new StaleObjectStateException("ActorEntity", 7L))));
        SQLException duplicate = new SQLException("duplicate key value violates unique constraint", "23505");
        assertTrue(Conflicts.isConflict(new RuntimeException(new PersistenceException(
                new ConstraintViolationException("insert", duplicate, "actor_handle_unique")))));
        assertTrue(Conflicts.isConflict(new SQLException("could not serialize access", "40001")));
        assertTrue(Conflicts.isConflict(new SQLException("deadlock detected", "40P01")));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(Conflicts.isConflict(new IllegalStateException("bug")));
        assertFalse(Conflicts.isConflict(new SQLException("value too long for type character varying(500)", "22001")));
        assertFalse(Conflicts.isConflict(new SQLException("violates foreign key constraint", "23503")));
        assertFalse(Conflicts.isConflict(null));
    }
}
