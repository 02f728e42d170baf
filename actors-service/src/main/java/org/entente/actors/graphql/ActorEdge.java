package org.entente.actors.graphql;

import org.eclipse.microprofile.graphql.NonNull;
import org.entente.actors.repository.ActorEntity;

public class ActorEdge {
    @NonNull
    public String cursor;

    @NonNull
    public Actor node;

    /** The edge of the actor at {@code offset} in its list. */
    static ActorEdge from(int offset, ActorEntity entity) {
        ActorEdge edge = new ActorEdge();
        edge.cursor = OffsetCursor.encode(offset);
        edge.node = Actor.from(entity);
        return edge;
    }
}
