package org.entente.events.graphql;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.entente.events.domain.Page;
import org.entente.events.repository.EventEntity;
import org.entente.subgraph.graphql.PageInfo;

@Description("A page of events in date order (see PartialDate), with opaque cursors that stay stable under ties.")
public class EventConnection {
    @NonNull
    public List<@NonNull EventEdge> edges;

    @NonNull
    public PageInfo pageInfo;

    @Description("Number of events matching the arguments, on every page.")
    public int totalCount;

    public static EventConnection from(Page<EventEntity> page) {
        EventConnection connection = new EventConnection();
        connection.edges = page.items().stream()
                .map(item -> EventEdge.of(item.cursor(), Event.from(item.node())))
                .toList();
        connection.pageInfo = PageInfo.of(
                page.hasNextPage(),
                page.hasPreviousPage(),
                connection.edges.stream().map(edge -> edge.cursor).toList());
        connection.totalCount = Math.toIntExact(page.totalCount());
        return connection;
    }
}
