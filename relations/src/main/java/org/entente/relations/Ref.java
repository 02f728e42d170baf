package org.entente.relations;

/** A reference to an entity another subgraph owns (Actor, Event, Statement, Source): its key only. */
public record Ref(String id) {

    static Ref of(String id) {
        return id == null ? null : new Ref(id);
    }
}
