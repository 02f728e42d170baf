package org.entente.actors.graphql;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.entente.actors.service.ActorPage;
import org.entente.subgraph.graphql.PageInfo;

@Description("A page of actors (Relay connection).")
public class ActorConnection {
    @NonNull
    public List<@NonNull ActorEdge> edges;

    @NonNull
    public PageInfo pageInfo;

    @NonNull
    @Description("Number of actors matching the filters, over all pages.")
    public int totalCount;

    /** The connection of a page that starts at {@code offset} in its list. */
    static ActorConnection from(ActorPage page, int offset) {
        List<ActorEdge> edges = new ArrayList<>(page.actors().size());
        for (int i = 0; i < page.actors().size(); i++) {
            edges.add(ActorEdge.from(offset + i, page.actors().get(i)));
        }
        ActorConnection connection = new ActorConnection();
        connection.edges = edges;
        connection.totalCount = Math.toIntExact(page.totalCount());
        connection.pageInfo = PageInfo.of(
                offset + edges.size() < page.totalCount(),
                offset > 0,
                edges.stream().map(edge -> edge.cursor).toList());
        return connection;
    }
}
