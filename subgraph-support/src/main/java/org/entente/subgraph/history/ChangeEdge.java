package org.entente.subgraph.history;

import io.smallrye.graphql.api.federation.Shareable;
import org.eclipse.microprofile.graphql.NonNull;

@Shareable
public class ChangeEdge {
    @NonNull
    public Change node;

    @NonNull
    public String cursor;

    static ChangeEdge of(Change change) {
        ChangeEdge edge = new ChangeEdge();
        edge.node = change;
        edge.cursor = ChangeCursor.of(Long.parseLong(change.id));
        return edge;
    }
}
