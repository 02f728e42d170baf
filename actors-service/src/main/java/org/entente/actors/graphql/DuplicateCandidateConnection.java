package org.entente.actors.graphql;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.entente.actors.repository.DuplicateCandidateSearch.Row;
import org.entente.actors.service.DuplicateCandidatePage;
import org.entente.subgraph.graphql.PageInfo;

@Description("A page of duplicate candidates (Relay connection), best first.")
public class DuplicateCandidateConnection {
    @NonNull
    public List<@NonNull DuplicateCandidateEdge> edges;

    @NonNull
    public PageInfo pageInfo;

    static DuplicateCandidateConnection from(DuplicateCandidatePage page, boolean hasPreviousPage) {
        List<DuplicateCandidateEdge> edges = new ArrayList<>(page.pairs().size());
        for (Row row : page.pairs()) {
            DuplicateCandidateEdge edge = new DuplicateCandidateEdge();
            edge.cursor = DuplicateCursor.encode(row);
            edge.node = DuplicateCandidate.from(row, page.actors());
            edges.add(edge);
        }
        DuplicateCandidateConnection connection = new DuplicateCandidateConnection();
        connection.edges = edges;
        connection.pageInfo = PageInfo.of(
                page.hasNextPage(),
                hasPreviousPage,
                edges.stream().map(edge -> edge.cursor).toList());
        return connection;
    }
}
