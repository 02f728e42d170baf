package org.entente.actors.service;

import org.entente.subgraph.errors.ClientException;
import jakarta.persistence.LockModeType;
import org.entente.actors.repository.ActorEntity;

/** Lookups that turn an unknown actor id in a write into NOT_FOUND. */
final class Actors {
    private Actors() {
    }

    static ActorEntity require(Long id, String role) {
        ActorEntity actor = id == null ? null : ActorEntity.findById(id);
        if (actor == null) throw ClientException.notFound(role + " actor " + id + " does not exist");
        return actor;
    }

    static ActorEntity requireLocked(Long id, String role) {
        ActorEntity actor = id == null ? null : ActorEntity.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (actor == null) throw ClientException.notFound(role + " actor " + id + " does not exist");
        return actor;
    }
}
