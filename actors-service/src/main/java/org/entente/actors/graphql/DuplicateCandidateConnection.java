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

    @Description(
            "Actors whose pairs are not found yet: every actor created or changed (name, aliases, kind, country) is "
                    + "checked in the background within seconds, the most recent ones also before a page is read. Until this "
                    + "is 0 (e.g. just after a bulk load) the list may miss pairs of those actors.")
    public int pendingChecks;

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
        connection.pendingChecks = (int) Math.min(Integer.MAX_VALUE, page.pendingChecks());
        connection.pageInfo = PageInfo.of(
                page.hasNextPage(),
                hasPreviousPage,
                edges.stream().map(edge -> edge.cursor).toList());
        return connection;
    }
}
