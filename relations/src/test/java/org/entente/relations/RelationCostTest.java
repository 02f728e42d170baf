package org.entente.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.execution.CoercedVariables;
import io.vertx.core.Future;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.entente.gateway.composition.Composer;
import org.entente.gateway.composition.SubgraphSource;
import org.entente.gateway.planning.CostModel;
import org.entente.gateway.planning.OperationLimits;
import org.entente.gateway.planning.OperationPreparer;
import org.entente.gateway.planning.PreparedOperation;
import org.entente.gateway.runtime.GatewayConfig;
import org.entente.gateway.supergraph.Supergraph;
import org.entente.gateway.supergraph.SupergraphParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The relationship fields priced by their reach, on the supergraph of the real services, against
 * the gateway's default maximum cost: a depth-3 network next to an actor profile passes, 30 of them
 * in one request (which used to slow every other client from 8 ms to 584 ms) do not.
 */
class RelationCostTest {

    /** The bench's actor profile (cli's Operations.ACTOR_PROFILE). */
    private static final String PROFILE = """
            actor(id: $id) { id name kind countryCode
              memberships { role since until organization { id name } }
              statementsAbout(first: 5, order: NEWEST_FIRST) { totalCount edges { node { id text date kind
                speaker { id name positions { title since until organization { name } } } } } } }""";

    private static final String NETWORK =
            "network(actor: $id, depth: 3) { center { id name } nodes { depth actor { id name kind } }"
                    + " edges { kind label from { id } to { id } } }";

    private static final long MAX_COST = Long.parseLong(GatewayConfig.DEFAULT_MAX_COST);

    private static OperationPreparer preparer;

    @BeforeAll
    static void supergraph() throws Exception {
        RelationsSubgraph relations = new RelationsSubgraph((document, variables, authorization, deadline) ->
                Future.failedFuture(new AssertionError("pricing reads nothing")));
        Supergraph supergraph = new SupergraphParser()
                .parse(new Composer()
                        .compose(List.of(
                                new SubgraphSource(
                                        "actors",
                                        "http://localhost:8081/graphql",
                                        Files.readString(Path.of("..", "actors-service", "schema", "actors.graphql"))),
                                new SubgraphSource(
                                        "events",
                                        "http://localhost:8082/graphql",
                                        Files.readString(Path.of("..", "events-service", "schema", "events.graphql"))),
                                new SubgraphSource(RelationsSubgraph.NAME, "local:relations", sdl()))));
        preparer = new OperationPreparer(
                supergraph,
                new OperationLimits(15, 30, 2000),
                new CostModel(supergraph, Map.of(RelationsSubgraph.NAME, relations), 10),
                1 << 20);
    }

    private static String sdl() throws Exception {
        try (InputStream in = RelationsSubgraph.class.getResourceAsStream(RelationsSubgraph.SDL_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static long cost(String query) {
        PreparedOperation operation = preparer.prepare(query, null);
        assertTrue(!operation.refused(), () -> String.valueOf(operation.error()));
        return operation.cost().of(CoercedVariables.of(Map.of("id", "1")));
    }

    @Test
    void theFieldsArePricedByTheActorsTheyMayRead() {
        assertEquals(
                List.of(11L, 111L, 200L),
                List.of(RelationCost.networkReach(1), RelationCost.networkReach(2), RelationCost.networkReach(3)));
        assertEquals(
                List.of(2L, 12L, 22L, 122L, 200L, 200L),
                List.of(1, 2, 3, 4, 5, 6).stream()
                        .map(RelationCost::connectionsReach)
                        .toList());
        assertEquals(50_000, RelationCost.of("network", Map.of("depth", 3)));
        assertEquals(50_000, RelationCost.of("network", Map.of("depth", 3, "maxNodes", 200)));
        assertEquals(5_000, RelationCost.of("network", Map.of("depth", 3, "maxNodes", 20)), "at most its nodes");
        assertEquals(2_750, RelationCost.of("network", Map.of("depth", 1, "maxNodes", 2000)), "at most its reach");
        assertEquals(5_500, RelationCost.of("connections", Map.of("maxHops", 3)));
        assertEquals(250, RelationCost.of("timeline", Map.of()));
        assertEquals(1, RelationCost.of("actorsByIds", Map.of("ids", List.of("1", "2"))));
    }

    @Test
    void aDepthThreeNetworkWithAnActorProfilePassesTheDefaultMaximum() {
        long profile = cost("query($id: ID!) { " + PROFILE + " }");
        long both = cost("query($id: ID!) { " + PROFILE + " " + NETWORK + " }");
        assertTrue(profile < 1000, () -> "profile " + profile);
        assertTrue(both > 50_000 && both <= MAX_COST, () -> "profile and network " + both);
    }

    @Test
    void thirtyDepthThreeNetworksInOneRequestAreRefused() {
        StringBuilder thirty = new StringBuilder("query($id: ID!) {");
        for (int i = 0; i < 30; i++) {
            thirty.append(" n").append(i).append(": network(actor: $id, depth: 3) { nodes { depth } }");
        }
        long cost = cost(thirty.append(" }").toString());
        assertEquals(30 * (50_000 + 1 + 10), cost, "each: 50,000 for its reach, nodes 1 + 10 assumed × depth");
        assertTrue(cost > MAX_COST);
    }

    /** The end-to-end test's question (cli's IranCstoDatasetIT): every list below it assumed 10 long. */
    @Test
    void aDetailedConnectionsQueryPasses() {
        long cost = cost("""
                query($id: ID!) { connections(from: $id, to: "2", maxHops: 2) { length hops { from { handle }
                  to { handle } links { kind fromRole toRole since event { title } sources { title } } } } }""");
        assertEquals(3_000 + 10 * (1 + 1 + 10 * (4 + 1 + 10 * (7 + 10))), cost);
        assertTrue(cost <= MAX_COST);
    }

    @Test
    void anIdListSizesTheListItReturns() {
        assertEquals(1 + 3 * (1 + 1), cost("{ actorsByIds(ids: [\"1\", \"2\", \"3\"]) { id name } }"));
    }
}
