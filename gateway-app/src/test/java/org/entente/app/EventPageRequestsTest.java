package org.entente.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.entente.gateway.composition.Composer;
import org.entente.gateway.execution.GatewayExecutor;
import org.entente.gateway.execution.SubgraphTransport;
import org.entente.gateway.planning.CostModel;
import org.entente.gateway.planning.OperationLimits;
import org.entente.gateway.planning.OperationPreparer;
import org.entente.gateway.planning.PreparedOperation;
import org.entente.gateway.plugin.Deadline;
import org.entente.gateway.plugin.SubgraphRequest;
import org.entente.gateway.supergraph.Supergraph;
import org.entente.gateway.supergraph.SupergraphParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's event page (cli's {@code Operations.EVENT_PAGE}) on the supergraph of the real
 * services' SDLs, counting the requests each subgraph receives: the participants' actors and the
 * statements' speakers both wait only for the event, so they go to actors-service as one request,
 * and in one representation list: the selections differ, but not in anything the client reads.
 */
class EventPageRequestsTest {

    private static final String EVENT_PAGE = """
            query EventPage($id: ID!) { event(id: $id) { id title summary date endDate location type
              participants { role actor { id name kind } } sources { title url publishedAt }
              statements { id text speaker { id name } } } }""";

    /** One event with two participants and two statements, one by a participant and one by someone else. */
    private static final Map<String, Object> EVENT = Map.of(
            "event",
            Map.of(
                    "id",
                    "7",
                    "title",
                    "Summit",
                    "type",
                    "SUMMIT",
                    "participants",
                    List.of(participant("host", "1"), participant("guest", "2")),
                    "sources",
                    List.of(),
                    "statements",
                    List.of(statement("s1", "1"), statement("s2", "3"))));

    private static Vertx vertx;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stop() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void participantsAndSpeakersCostOneRequestToActors() throws Exception {
        Supergraph supergraph = new SupergraphParser()
                .parse(new Composer().compose(List.of(RealSubgraphs.actors(), RealSubgraphs.events())));
        CountingTransport transport = new CountingTransport();
        GatewayExecutor executor = new GatewayExecutor(supergraph, transport, vertx);
        OperationPreparer preparer = new OperationPreparer(
                supergraph, new OperationLimits(20, 20, 2000), new CostModel(supergraph, Map.of(), 10), 1 << 20);
        PreparedOperation op = preparer.prepare(EVENT_PAGE, null);
        assertFalse(op.refused(), () -> String.valueOf(op.error()));

        executor.execute(
                        op,
                        executor.variables(op, Map.of("id", "7")),
                        null,
                        Deadline.after(Duration.ofSeconds(10)),
                        false)
                .toCompletionStage()
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS);

        Map<String, Integer> perSubgraph = new TreeMap<>();
        transport.received.forEach(r -> perSubgraph.merge(r.service(), 1, Integer::sum));
        assertEquals(Map.of("events", 1, "actors", 1), perSubgraph);
        SubgraphRequest toActors = transport.received.stream()
                .filter(r -> r.service().equals("actors"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                List.of(List.of("1", "2", "3")),
                representationIds(toActors),
                "the participants' actors and the speakers in one list, actor 1 (who took part and spoke) once");
    }

    /** The ids of each representation list the request carries, in the order of its variables. */
    private static List<List<Object>> representationIds(SubgraphRequest request) {
        List<List<Object>> lists = new ArrayList<>();
        request.variables().values().forEach(value -> {
            if (value instanceof List<?> representations) {
                lists.add(representations.stream()
                        .map(r -> ((Map<?, ?>) r).get("id"))
                        .map(Object.class::cast)
                        .toList());
            }
        });
        return lists;
    }

    private static Map<String, Object> participant(String role, String actorId) {
        return Map.of("role", role, "actor", Map.of("__typename", "Actor", "id", actorId));
    }

    private static Map<String, Object> statement(String id, String speakerId) {
        return Map.of("id", id, "text", "Text " + id, "speaker", Map.of("__typename", "Actor", "id", speakerId));
    }

    /**
     * Records every request; events-service answers with the event, actors-service with no data
     * (what it answers does not change how many requests the plan sends).
     */
    private static final class CountingTransport implements SubgraphTransport {
        final List<SubgraphRequest> received = new ArrayList<>();

        @Override
        public synchronized Future<Map<String, Object>> send(SubgraphRequest request) {
            received.add(request);
            return Future.succeededFuture(request.service().equals("events") ? Map.of("data", EVENT) : Map.of());
        }
    }
}
