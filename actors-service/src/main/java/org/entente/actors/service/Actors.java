package org.entente.actors.service;

import jakarta.persistence.LockModeType;
import org.entente.actors.repository.ActorEntity;
import org.entente.subgraph.errors.ClientException;

/** The actors a write names: an unknown id is NOT_FOUND, saying which role the actor was to play; a merged one CONFLICT. */
final class Actors {
    private Actors() {}

    /** The mutation that reverts a change of this service, as its history names it. */
    static final String REVERT = "revertActorChange";

    static ActorEntity require(Long id, String role) {
        return found(id == null ? null : ActorEntity.findById(id), id, role);
    }

    /** Locked until the transaction ends, so that concurrent writes about this actor take turns. */
    static ActorEntity requireLocked(Long id, String role) {
        return found(id == null ? null : ActorEntity.findById(id, LockModeType.PESSIMISTIC_WRITE), id, role);
    }

    /** An actor merged into another is no longer written to: the kept actor stands for both (CONFLICT, naming it). */
    private static ActorEntity found(ActorEntity actor, Long id, String role) {
        if (actor == null) {
            throw ClientException.notFound(role + " actor " + id + " does not exist");
        }
        if (actor.mergedInto != null) {
            throw ClientException.conflict(role + " actor " + id + " was merged into actor " + actor.mergedInto
                    + ": write to that one (or unmerge them first)");
        }
        return actor;
    }
}
