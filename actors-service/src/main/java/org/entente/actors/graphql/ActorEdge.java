package org.entente.actors.graphql;

import org.eclipse.microprofile.graphql.NonNull;

public class ActorEdge {
    @NonNull
    public String cursor;
    @NonNull
    public Actor node;

    ActorEdge(String cursor, Actor node) {
        this.cursor = cursor;
        this.node = node;
    }
}
