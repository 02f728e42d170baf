package org.entente.subgraph.history;

import io.smallrye.graphql.api.federation.Shareable;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.entente.subgraph.graphql.PageInfo;

@Shareable
@Description("A page of changes, newest first.")
public class ChangeConnection {
    @NonNull
    public List<@NonNull ChangeEdge> edges;

    @NonNull
    public PageInfo pageInfo;

    /** The page of {@code rows} (newest first, at most one more than {@code size}: that one only says there are more). */
    static ChangeConnection of(List<Change> rows, int size, boolean hasPreviousPage) {
        List<ChangeEdge> edges = rows.stream().limit(size).map(ChangeEdge::of).toList();
        ChangeConnection connection = new ChangeConnection();
        connection.edges = edges;
        connection.pageInfo = PageInfo.of(
                rows.size() > size,
                hasPreviousPage,
                edges.stream().map(edge -> edge.cursor).toList());
        return connection;
    }
}
