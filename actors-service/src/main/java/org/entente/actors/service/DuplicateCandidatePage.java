package org.entente.actors.service;

import java.util.List;
import java.util.Map;
import org.entente.actors.repository.ActorEntity;
import org.entente.actors.repository.DuplicateCandidateSearch.Row;

/** A page of candidate pairs, the actors they name (by id), and whether more pairs follow. */
public record DuplicateCandidatePage(List<Row> pairs, Map<Long, ActorEntity> actors, boolean hasNextPage) {}
