package org.entente.actors.service;

import java.util.List;
import org.entente.actors.repository.ActorEntity;

/** One page of a search and the number of actors matching it over all pages. */
public record ActorPage(List<ActorEntity> actors, long totalCount) {}
