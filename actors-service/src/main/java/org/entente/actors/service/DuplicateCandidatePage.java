package org.entente.actors.service;

import java.util.List;
import java.util.Map;
import org.entente.actors.repository.ActorEntity;
import org.entente.actors.repository.DuplicateCandidateSearch.Row;

/**
 * A page of candidate pairs, the actors they name (by id), whether more pairs follow, and how many
 * actors still wait for their pairs to be found.
 */
public record DuplicateCandidatePage(
        List<Row> pairs, Map<Long, ActorEntity> actors, boolean hasNextPage, long pendingChecks) {}
