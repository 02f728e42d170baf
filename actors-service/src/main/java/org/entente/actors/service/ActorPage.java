package org.entente.actors.service;

import org.entente.actors.repository.ActorEntity;

import java.util.List;

/** One page of a search and the number of actors matching it over all pages. */
public record ActorPage(List<ActorEntity> actors, long totalCount) {
}
