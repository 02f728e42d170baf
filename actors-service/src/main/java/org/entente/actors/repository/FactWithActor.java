package org.entente.actors.repository;

/**
 * A membership or position with the actor on its other side (the organization of a member's
 * membership, the holders of an organization's positions), read in the same statement. Public
 * final fields rather than a record: the API reads it as data and calls no method of this layer.
 */
public final class FactWithActor<F extends DatedFact> {
    public final F fact;
    public final ActorEntity actor;

    public FactWithActor(F fact, ActorEntity actor) {
        this.fact = fact;
        this.actor = actor;
    }
}
