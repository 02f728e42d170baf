package org.entente.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.entente.gateway.plugin.Deadline;
import org.entente.gateway.plugin.FederatedGraph;
import org.entente.gateway.plugin.GraphQLResponse;
import org.entente.gateway.plugin.ResponseError;
import org.entente.gateway.plugin.SubgraphRequest;
import org.junit.jupiter.api.Test;

/** How {@link FactsQuery} splits a layer of actors into operations the subgraphs can answer. */
class FactsQueryTest {

    private static final SubgraphRequest ORIGIN =
            new SubgraphRequest("relations", "{ network }", Map.of(), null, Deadline.after(Duration.ofSeconds(5)));

    /** Answers every id it is asked for, except "unknown", and remembers the batches; fails a chosen call. */
    private static final class RecordingGraph implements FederatedGraph {
        final List<List<String>> batches = new ArrayList<>();
        int failingCall = -1;

        @Override
        public Future<GraphQLResponse> query(
                String document, Map<String, Object> variables, String authorization, Deadline deadline) {
            @SuppressWarnings("unchecked")
            List<String> ids = (List<String>) variables.get("ids");
            batches.add(List.copyOf(ids));
            if (batches.size() == failingCall) {
                return Future.failedFuture(new IllegalStateException("events-service timed out"));
            }
            if (ids.contains("a\ud800b")) {
                return Future.succeededFuture(new GraphQLResponse(
                        null,
                        List.of(ResponseError.of(
                                "strings may not contain half of a UTF-16 surrogate pair (\\ud800)",
                                ResponseError.BAD_USER_INPUT)),
                        Map.of()));
            }
            List<Object> entries = new ArrayList<>();
            ids.forEach(id -> entries.add("unknown".equals(id) ? null : Map.of("id", id)));
            return Future.succeededFuture(new GraphQLResponse(Map.of("actorsByIds", entries), List.of(), Map.of()));
        }
    }

    private static List<String> ids(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(String::valueOf).toList();
    }

    private static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    @Test
    void readsALargeLayerInBatchesOfAtMost25ActorsOneAfterTheOther() throws Exception {
        RecordingGraph graph = new RecordingGraph();
        List<String> ids = new ArrayList<>(ids(60));
        ids.add(30, "unknown");
        Map<String, ActorFacts> facts = await(new FactsQuery(graph).load(ids, null, null, null, ORIGIN));
        assertEquals(List.of(25, 25, 11), graph.batches.stream().map(List::size).toList());
        assertEquals(ids, graph.batches.stream().flatMap(List::stream).toList(), "every id once, in order");
        assertEquals(ids(60), List.copyOf(facts.keySet()), "known actors in the order given, unknown ones absent");
    }

    @Test
    void aSmallLayerIsOneOperation() throws Exception {
        RecordingGraph graph = new RecordingGraph();
        assertEquals(
                List.of("1", "2"),
                List.copyOf(await(new FactsQuery(graph).load(ids(2), null, null, null, ORIGIN))
                        .keySet()));
        assertEquals(List.of(List.of("1", "2")), graph.batches);
    }

    @Test
    void aFailedBatchFailsTheLoadAndStopsTheRest() {
        RecordingGraph graph = new RecordingGraph();
        graph.failingCall = 2;
        Exception failure = assertThrows(
                Exception.class, () -> await(new FactsQuery(graph).load(ids(80), null, null, null, ORIGIN)));
        RelationsException cause = assertInstanceOf(RelationsException.class, failure.getCause());
        assertTrue(cause.getMessage().contains("events-service timed out"), cause.getMessage());
        assertEquals(2, graph.batches.size(), "no batch after the failed one");
    }

    @Test
    void anIdTheSubgraphRefusesIsTheClientsError() {
        Exception failure = assertThrows(
                Exception.class,
                () -> await(
                        new FactsQuery(new RecordingGraph()).load(List.of("1", "a\ud800b"), null, null, null, ORIGIN)));
        RelationsException cause = assertInstanceOf(RelationsException.class, failure.getCause());
        assertEquals("BAD_USER_INPUT", cause.code(), cause.getMessage());
    }
}
