package org.entente.actors.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.entente.actors.domain.ActorKind;
import org.entente.actors.domain.PositionDraft;
import org.entente.actors.repository.ActorEntity;
import org.entente.actors.repository.PositionEntity;
import org.entente.dates.PartialDate;
import org.entente.subgraph.errors.ClientException;
import org.entente.subgraph.history.ChangeRecorder;
import org.entente.subgraph.history.ChangeReverts;
import org.entente.subgraph.history.ChangedEntity;
import org.entente.subgraph.history.Snapshot;
import org.entente.subgraph.input.ClientText;

/**
 * Adds and ends positions (offices held by a person in an organization); a refused write changes
 * nothing. Each change is recorded in the position's history in the same transaction.
 */
@ApplicationScoped
public class PositionWriter {

    /** The title column's length (migration V1). */
    public static final int MAX_TITLE = 300;

    @Inject
    ChangeRecorder changes;

    @Inject
    ChangeReverts reverts;

    @Transactional
    public PositionEntity add(PositionDraft draft, String reason) {
        ActorEntity holder = Actors.require(draft.holderId(), "holder");
        ActorEntity organization = Actors.require(draft.organizationId(), "organization");
        if (holder.kind != ActorKind.PERSON) {
            throw ClientException.badInput(
                    "holder " + holder.handle + " is a " + holder.kind + "; positions are held by a PERSON");
        }
        if (!organization.kind.hasOffices()) {
            throw ClientException.badInput(
                    "organization " + organization.handle + " is a PERSON; offices are inside non-person actors");
        }
        PositionEntity position = new PositionEntity();
        position.holderId = holder.id;
        position.organizationId = organization.id;
        position.title = ClientText.required(draft.title(), "title", MAX_TITLE);
        position.sourceIds = Sources.require(draft.sourceIds());
        position.setInterval(Intervals.of(draft.since(), draft.until()));
        position.persist();
        changes.record("addPosition", ChangedEntity.POSITION, position.id, null, position.snapshot(), reason);
        return position;
    }

    /**
     * Closes an open position at {@code until}. The position is locked until the write commits: of
     * concurrent ends, the first wins and the others find it ended (CONFLICT).
     */
    @Transactional
    public PositionEntity end(Long id, PartialDate until, String reason) {
        PositionEntity position = id == null ? null : PositionEntity.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (position == null) {
            throw ClientException.notFound("position " + id + " does not exist");
        }
        if (position.hasEnded()) {
            throw ClientException.conflict("position " + id + " already ended in " + position.until);
        }
        Snapshot before = position.snapshot();
        position.setInterval(Intervals.of(position.interval().since(), until));
        changes.record("endPosition", ChangedEntity.POSITION, id, before, position.snapshot(), reason);
        return position;
    }

    /** Sets the interval back to its value before {@code target} (re-opens an ended position), as a new change; returns its id. */
    @Transactional
    public long revert(ChangeReverts.Target target, String reason) {
        PositionEntity position = PositionEntity.findById(target.entityId(), LockModeType.PESSIMISTIC_WRITE);
        Snapshot before = position.snapshot();
        Snapshot restored = reverts.restored(target, before);
        position.setInterval(Intervals.of(
                PartialDate.parseNullable(restored.text("since")), PartialDate.parseNullable(restored.text("until"))));
        return changes.record(Actors.REVERT, ChangedEntity.POSITION, position.id, before, position.snapshot(), reason);
    }
}
