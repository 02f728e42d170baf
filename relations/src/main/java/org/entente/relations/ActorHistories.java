package org.entente.relations;

import io.vertx.core.Future;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.entente.gateway.plugin.FederatedGraph;
import org.entente.gateway.plugin.GraphQLResponse;
import org.entente.gateway.plugin.ResponseError;
import org.entente.gateway.plugin.SubgraphRequest;
import org.entente.relations.HistoryMerge.SubgraphPage;

/**
 * {@code Actor.history}: the changes of an actor's facts recorded by both subgraphs in one list.
 * Read for all the actors of a request that ask for the same page with one operation on the
 * federated graph per {@link #ACTORS_PER_OPERATION} actors, in which the planner asks each subgraph
 * once ({@code Actor.actorChanges}, {@code Actor.eventChanges}); each actor's two pages are then
 * merged ({@link HistoryMerge}).
 */
final class ActorHistories {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    /**
     * Actors per operation: a subgraph refuses an answer that could hold more than 50,000 objects,
     * and 25 actors' pages of at most 101 changes of 12 objects each stay well inside that.
     */
    static final int ACTORS_PER_OPERATION = 25;

    static final String DOCUMENT = """
            query ActorHistory($ids: [ID!]!, $first: Int!, $actorsAfter: String, $eventsAfter: String) {
              actorsByIds(ids: $ids) {
                id
                actorChanges(first: $first, after: $actorsAfter) { ...ChangePage }
                eventChanges(first: $first, after: $eventsAfter) { ...ChangePage }
              }
            }
            fragment ChangePage on ChangeConnection {
              edges { cursor node { id at by mutation entityType entityId before after reason } }
              pageInfo { hasNextPage }
            }
            """;

    /** A page a client asks for: {@code first} changes after {@code after}. */
    record Page(int first, HistoryCursor after, boolean afterGiven) {
        /** BAD_USER_INPUT for a size outside 0..{@link #MAX_SIZE} or a cursor this list did not hand out. */
        static Page of(Integer first, String after) {
            int size = first == null ? DEFAULT_SIZE : first;
            RelationLimits.checkRange("first", size, 0, MAX_SIZE);
            return new Page(size, HistoryCursor.decode(after), after != null);
        }
    }

    private final FederatedGraph graph;

    ActorHistories(FederatedGraph graph) {
        this.graph = graph;
    }

    /** Each actor's page of its history, by id; null for an actor the subgraphs do not know. */
    Future<Map<String, Map<String, Object>>> load(List<String> ids, Page page, SubgraphRequest origin) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(ids));
        Map<String, Map<String, Object>> histories = new HashMap<>();
        Future<Void> done = Future.succeededFuture();
        for (int start = 0; start < distinct.size(); start += ACTORS_PER_OPERATION) {
            List<String> chunk = distinct.subList(start, Math.min(distinct.size(), start + ACTORS_PER_OPERATION));
            done = done.compose(previous -> loadChunk(chunk, page, origin).map(read -> {
                histories.putAll(read);
                return null;
            }));
        }
        return done.map(all -> histories);
    }

    private Future<Map<String, Map<String, Object>>> loadChunk(List<String> ids, Page page, SubgraphRequest origin) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("ids", ids);
        variables.put("first", page.first());
        variables.put("actorsAfter", page.after().actorsAfter());
        variables.put("eventsAfter", page.after().eventsAfter());
        return graph.query(DOCUMENT, variables, origin.authorization(), origin.deadline())
                .map(response -> read(response, page));
    }

    private static Map<String, Map<String, Object>> read(GraphQLResponse response, Page page) {
        failOnErrors(response.errors());
        List<?> entries =
                response.data() != null && response.data().get("actorsByIds") instanceof List<?> l ? l : List.of();
        Map<String, Map<String, Object>> histories = new LinkedHashMap<>();
        for (Object entry : entries) {
            if (entry instanceof Map<?, ?> actor) {
                histories.put(
                        (String) actor.get("id"),
                        HistoryMerge.merge(
                                subgraphPage(actor.get("actorChanges")),
                                subgraphPage(actor.get("eventChanges")),
                                page.first(),
                                page.after(),
                                page.afterGiven()));
            }
        }
        return histories;
    }

    /**
     * A subgraph that could not answer fails the history (half of it would look complete); a cursor
     * a subgraph refused was the client's; anything else is ours.
     */
    private static void failOnErrors(List<ResponseError> errors) {
        for (ResponseError error : errors) {
            if (ResponseError.SUBGRAPH_UNAVAILABLE.equals(error.code())) {
                throw new RelationsException(error.message(), ResponseError.SUBGRAPH_UNAVAILABLE, Map.of());
            }
            if (ResponseError.BAD_USER_INPUT.equals(error.code())) {
                throw RelationsException.badInput(error.message());
            }
        }
        if (!errors.isEmpty()) {
            throw new RelationsException(
                    "The history could not be read: " + errors.get(0).message(), ResponseError.INTERNAL, Map.of());
        }
    }

    private static SubgraphPage subgraphPage(Object connection) {
        if (!(connection instanceof Map<?, ?> page)) {
            return SubgraphPage.EMPTY;
        }
        List<Map<?, ?>> edges = page.get("edges") instanceof List<?> list
                ? list.stream().<Map<?, ?>>map(edge -> (Map<?, ?>) edge).toList()
                : List.of();
        return new SubgraphPage(edges, ((Map<?, ?>) page.get("pageInfo")).get("hasNextPage") == Boolean.TRUE);
    }
}
