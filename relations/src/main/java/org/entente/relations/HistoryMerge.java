package org.entente.relations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges a page of an actor's changes from actors-service with one from events-service into one
 * page, newest first: by the time of the change ({@code at}), then actors-service's first, then as
 * each subgraph lists them (its id, newest first). Each edge's cursor holds both subgraphs'
 * positions after it, so the next page asks each subgraph for what follows what was taken from it.
 */
final class HistoryMerge {

    /** A page of one subgraph's changes as it answered: edges ({@code cursor}, {@code node}) and whether more follow. */
    record SubgraphPage(List<Map<?, ?>> edges, boolean hasNextPage) {
        static final SubgraphPage EMPTY = new SubgraphPage(List.of(), false);
    }

    private HistoryMerge() {}

    /**
     * The first {@code first} changes of both pages (each holds at least that many, unless its
     * list ends), as a Relay connection in the shape of the schema's {@code ChangeConnection}.
     */
    static Map<String, Object> merge(
            SubgraphPage actors, SubgraphPage events, int first, HistoryCursor after, boolean afterGiven) {
        List<Map<String, Object>> edges = new ArrayList<>();
        HistoryCursor position = after;
        int a = 0;
        int e = 0;
        while (edges.size() < first
                && (a < actors.edges().size() || e < events.edges().size())) {
            boolean fromActors = e >= events.edges().size()
                    || a < actors.edges().size()
                            && !olderThan(actors.edges().get(a), events.edges().get(e));
            Map<?, ?> edge =
                    fromActors ? actors.edges().get(a++) : events.edges().get(e++);
            String cursor = (String) edge.get("cursor");
            position = fromActors ? position.afterActors(cursor) : position.afterEvents(cursor);
            Map<String, Object> merged = new LinkedHashMap<>();
            merged.put("cursor", position.encode());
            merged.put("node", edge.get("node"));
            edges.add(merged);
        }
        boolean more =
                a < actors.edges().size() || e < events.edges().size() || actors.hasNextPage() || events.hasNextPage();
        Map<String, Object> pageInfo = new LinkedHashMap<>();
        pageInfo.put("hasNextPage", more);
        pageInfo.put("hasPreviousPage", afterGiven);
        pageInfo.put("startCursor", edges.isEmpty() ? null : edges.get(0).get("cursor"));
        pageInfo.put(
                "endCursor",
                edges.isEmpty() ? null : edges.get(edges.size() - 1).get("cursor"));
        Map<String, Object> connection = new LinkedHashMap<>();
        connection.put("edges", edges);
        connection.put("pageInfo", pageInfo);
        return connection;
    }

    /**
     * Whether the actors-service change is older than the events-service one. Both times are
     * ISO-8601 in UTC with microseconds, all of one width, so their text orders them.
     */
    private static boolean olderThan(Map<?, ?> actorsEdge, Map<?, ?> eventsEdge) {
        String actorsAt = (String) ((Map<?, ?>) actorsEdge.get("node")).get("at");
        String eventsAt = (String) ((Map<?, ?>) eventsEdge.get("node")).get("at");
        return actorsAt.compareTo(eventsAt) < 0;
    }
}
