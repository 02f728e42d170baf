package org.entente.actors.repository;

/**
 * A membership or position with the actor on its other side (the organization of a member's
 * membership, the holders of an organization's positions), read in the same statement.
 */
public record FactWithActor<F extends DatedFact>(F fact, ActorEntity actor) {}
