package org.entente.actors.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.entente.subgraph.graphql.PageInfo;

import java.util.List;

@Description("A page of actors (Relay connection).")
public class ActorConnection {
    @NonNull
    public List<@NonNull ActorEdge> edges;
    @NonNull
    public PageInfo pageInfo;
    @NonNull
    @Description("Number of actors matching the filters, over all pages.")
    public int totalCount;
}
