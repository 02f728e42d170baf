package org.entente.events.graphql;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.entente.events.domain.Page;
import org.entente.events.repository.StatementEntity;
import org.entente.subgraph.graphql.PageInfo;

@Description("A page of statements in date order (see PartialDate), with opaque cursors that stay stable under ties.")
public class StatementConnection {
    @NonNull
    public List<@NonNull StatementEdge> edges;

    @NonNull
    public PageInfo pageInfo;

    @Description("Number of statements matching the arguments, on every page.")
    public int totalCount;

    public static StatementConnection from(Page<StatementEntity> page) {
        StatementConnection connection = new StatementConnection();
        connection.edges = page.items().stream()
                .map(item -> StatementEdge.of(item.cursor(), Statement.from(item.node())))
                .toList();
        connection.pageInfo = PageInfo.of(
                page.hasNextPage(),
                page.hasPreviousPage(),
                connection.edges.stream().map(edge -> edge.cursor).toList());
        connection.totalCount = Math.toIntExact(page.totalCount());
        return connection;
    }
}
