package org.entente.events.graphql;

import org.eclipse.microprofile.graphql.NonNull;

public class StatementEdge {
    @NonNull
    public String cursor;
    @NonNull
    public Statement node;
}
