package org.entente.events.graphql;

import org.eclipse.microprofile.graphql.NonNull;

public class StatementEdge {
    @NonNull
    public String cursor;

    @NonNull
    public Statement node;

    static StatementEdge of(String cursor, Statement node) {
        StatementEdge edge = new StatementEdge();
        edge.cursor = cursor;
        edge.node = node;
        return edge;
    }
}
