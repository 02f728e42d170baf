package org.entente.actors.service;

import org.entente.actors.repository.ActorEntity;

/**
 * The actor a lookup found: {@code actor} answers; {@code redirectedFrom} is the id asked for when
 * it named an actor merged into this one, null when it named this one.
 */
public record ResolvedActor(ActorEntity actor, Long redirectedFrom) {}
