package org.entente.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.entente.events.repository.EventEntity;
import org.entente.events.repository.StatementEntity;
import org.entente.subgraph.errors.ClientException;
import org.entente.subgraph.history.ChangeRecorder;
import org.entente.subgraph.history.ChangedEntity;
import org.entente.subgraph.history.Snapshot;

/**
 * Deleting and restoring events and statements. A deletion marks the row (migration V5): every read
 * leaves it out, its history stays, and it can be restored. A statement made at an event is deleted
 * with it, and restored with it unless it had been deleted on its own before. Each deletion and
 * restoration of each record is a change of its history, recorded in the same transaction with the
 * mutation's reason. Deleting what is not live, or restoring what is not deleted, is NOT_FOUND and
 * changes nothing.
 */
@ApplicationScoped
public class Deletions {
    static final String DELETE_EVENT = "deleteEvent";
    static final String RESTORE_EVENT = "restoreEvent";

    @Inject
    ChangeRecorder changes;

    /** Deletes a live event and its live statements; returns the id of the event's change. */
    @Transactional
    public long deleteEvent(long id, String reason) {
        EventEntity event = lockedEvent(id, false);
        return setDeleted(event, true, DELETE_EVENT, reason);
    }

    /** Restores a deleted event and the statements deleted with it; returns the id of the event's change. */
    @Transactional
    public long restoreEvent(long id, String reason) {
        EventEntity event = lockedEvent(id, true);
        return setDeleted(event, false, RESTORE_EVENT, reason);
    }

    /** Deletes a live statement; returns the id of its change. */
    @Transactional
    public long deleteStatement(long id, String reason) {
        StatementEntity statement = lockedStatement(id, false);
        return setDeleted(statement, true, false, "deleteStatement", reason);
    }

    /**
     * Restores a deleted statement; returns the id of its change. CONFLICT while the event it was
     * made at is deleted: a live statement never names a deleted event.
     */
    @Transactional
    public long restoreStatement(long id, String reason) {
        StatementEntity statement = lockedStatement(id, true);
        requireLiveEvent(statement);
        return setDeleted(statement, false, false, "restoreStatement", reason);
    }

    /**
     * Marks a locked event deleted or live, with the statements that go with it, recording each
     * change as {@code mutation}; also how a revert deletes or restores. Returns the event's change.
     * Runs in the caller's transaction.
     */
    long setDeleted(EventEntity event, boolean deleted, String mutation, String reason) {
        Snapshot before = event.snapshot();
        event.deleted = deleted;
        long change = changes.record(mutation, ChangedEntity.EVENT, event.id, before, event.snapshot(), reason);
        String which = deleted ? "eventId = ?1 and deleted = false" : "eventId = ?1 and deletedWithEvent = true";
        for (StatementEntity statement : StatementEntity.<StatementEntity>find(which + " order by id", event.id)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list()) {
            setDeleted(statement, deleted, deleted, mutation, reason);
        }
        return change;
    }

    /** Marks a locked statement deleted (by its event's deletion or not) or live; returns its change. */
    long setDeleted(StatementEntity statement, boolean deleted, boolean withEvent, String mutation, String reason) {
        Snapshot before = statement.snapshot();
        statement.deleted = deleted;
        statement.deletedWithEvent = withEvent;
        return changes.record(mutation, ChangedEntity.STATEMENT, statement.id, before, statement.snapshot(), reason);
    }

    /** CONFLICT when the statement was made at an event that is deleted. */
    static void requireLiveEvent(StatementEntity statement) {
        if (statement.eventId != null && EventEntity.count("id = ?1 and deleted = true", statement.eventId) > 0) {
            throw ClientException.conflict("statement " + statement.id + " was made at event " + statement.eventId
                    + ", which is deleted: restore the event, which restores the statements deleted with it");
        }
    }

    /** The event, locked until the write commits; NOT_FOUND unless it exists and is deleted (or live, as asked). */
    private static EventEntity lockedEvent(long id, boolean deleted) {
        EventEntity event = EventEntity.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (event == null || event.deleted != deleted) {
            throw ClientException.notFound("no " + (deleted ? "deleted " : "") + "event with id " + id);
        }
        return event;
    }

    private static StatementEntity lockedStatement(long id, boolean deleted) {
        StatementEntity statement = StatementEntity.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (statement == null || statement.deleted != deleted) {
            throw ClientException.notFound("no " + (deleted ? "deleted " : "") + "statement with id " + id);
        }
        return statement;
    }
}
