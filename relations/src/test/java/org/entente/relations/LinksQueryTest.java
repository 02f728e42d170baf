package org.entente.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.entente.dates.PartialDate;
import org.entente.gateway.plugin.Deadline;
import org.entente.gateway.plugin.FederatedGraph;
import org.entente.gateway.plugin.GraphQLResponse;
import org.entente.gateway.plugin.SubgraphRequest;
import org.junit.jupiter.api.Test;

/** How {@link LinksQuery} reads a layer of a search as link keys. */
class LinksQueryTest {

    private static final SubgraphRequest ORIGIN =
            new SubgraphRequest("relations", "{ network }", Map.of(), null, Deadline.after(Duration.ofSeconds(5)));

    /**
     * Answers every id but "unknown" with a membership key, actor "1" with events and statements
     * (more than were read), actor "10" as merged into "1"; remembers the batches.
     */
    private static final class KeysGraph implements FederatedGraph {
        final List<List<String>> batches = new ArrayList<>();
        final List<Map<String, Object>> variables = new ArrayList<>();

        @Override
        public Future<GraphQLResponse> query(
                String document, Map<String, Object> variables, String authorization, Deadline deadline) {
            @SuppressWarnings("unchecked")
            List<String> ids = (List<String>) variables.get("ids");
            batches.add(List.copyOf(ids));
            this.variables.add(variables);
            List<Object> entries = new ArrayList<>();
            for (String id : ids) {
                if ("unknown".equals(id)) {
                    entries.add(null);
                    continue;
                }
                Map<String, Object> actor = new HashMap<>();
                actor.put("id", id);
                actor.put("redirectedFrom", "10".equals(id) ? "10" : null);
                actor.put("linkKeys", "MEMBERSHIP:9" + id + ":" + id + ":500");
                actor.put(
                        "linkKeysOfEvents",
                        "1".equals(id)
                                ? Map.of(
                                        "keys",
                                        "EVENT:101:1:HOST:2:PARTICIPANT STATEMENT:201:1:2:2024-05"
                                                + " STATEMENT:301:1:3:2030 STATEMENT:202:4:1:",
                                        "truncated",
                                        true)
                                : Map.of("keys", "", "truncated", false));
                entries.add(actor);
            }
            return Future.succeededFuture(new GraphQLResponse(Map.of("actorsByIds", entries), List.of(), Map.of()));
        }
    }

    private static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    @Test
    void readsALayerInBatchesOfAtMost50ActorsOneAfterTheOther() throws Exception {
        KeysGraph graph = new KeysGraph();
        List<String> ids = new ArrayList<>(
                IntStream.rangeClosed(1, 120).mapToObj(String::valueOf).toList());
        ids.add(60, "unknown");
        Map<String, LinksQuery.ActorLinks> links =
                await(new LinksQuery(graph).load(ids, null, null, ORIGIN, new LinkedHashSet<>()));
        assertEquals(List.of(50, 50, 21), graph.batches.stream().map(List::size).toList());
        assertEquals(ids, graph.batches.stream().flatMap(List::stream).toList(), "every id once, in order");
        assertEquals(120, links.size(), "unknown actors are absent");
        assertEquals(100, graph.variables.get(0).get("first"), "as many events and statements as before");
    }

    @Test
    void readsTheLinksAmongGivenActorsInBatchesOf200() throws Exception {
        KeysGraph graph = new KeysGraph();
        List<String> ids =
                IntStream.rangeClosed(1, 450).mapToObj(String::valueOf).toList();
        List<String> among = List.of("1", "2", "3");
        Map<String, LinksQuery.ActorLinks> links =
                await(new LinksQuery(graph).load(ids, null, among, ORIGIN, new LinkedHashSet<>()));
        assertEquals(
                List.of(200, 200, 50),
                graph.batches.stream().map(List::size).toList(),
                "an answer bounded by the actors among: a network's last layer of 199 in one operation");
        assertEquals(ids, graph.batches.stream().flatMap(List::stream).toList(), "every id once, in order");
        assertEquals(450, links.size());
        assertEquals(among, graph.variables.get(2).get("among"));
    }

    @Test
    void keysBecomeLinksAsOfTheDateAndTheActorSaysWhetherItHadMore() throws Exception {
        KeysGraph graph = new KeysGraph();
        Set<String> redirected = new LinkedHashSet<>();
        Map<String, LinksQuery.ActorLinks> links = await(new LinksQuery(graph)
                .load(List.of("1", "2", "10"), PartialDate.parse("2025"), null, ORIGIN, redirected));
        LinksQuery.ActorLinks iran = links.get("1");
        assertEquals(
                List.of("MEMBERSHIP:91", "EVENT:101:1:HOST:2:PARTICIPANT", "STATEMENT:201:2", "STATEMENT:202:1"),
                iran.links().stream().map(Link::id).toList(),
                "the 2030 statement is after asOf; the undated one is kept");
        assertTrue(iran.truncated());
        assertFalse(links.get("2").truncated());
        assertEquals(Set.of("10"), redirected);
        assertEquals("2025", graph.variables.get(0).get("asOf"));
    }
}
