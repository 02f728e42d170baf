package org.entente.gateway.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.Vertx;
import io.vertx.core.json.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.entente.gateway.composition.SubgraphSource;
import org.entente.gateway.execution.GatewayExecutor;
import org.entente.gateway.execution.HttpSubgraphTransport;
import org.entente.gateway.execution.SubgraphMetrics;
import org.entente.gateway.fixtures.DataSubgraph;
import org.entente.gateway.fixtures.FixtureServer;
import org.entente.gateway.planning.CostModel;
import org.entente.gateway.planning.OperationLimits;
import org.entente.gateway.planning.OperationPreparer;
import org.entente.gateway.planning.PreparedOperation;
import org.entente.gateway.plugin.Deadline;
import org.entente.gateway.plugin.GraphQLResponse;
import org.entente.gateway.plugin.ResponseError;
import org.entente.gateway.supergraph.Supergraph;
import org.entente.gateway.supergraph.SupergraphParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a batched entity request carries, on the {@code batched-entity-fetches} fixture (whose
 * golden cases show its plans, answers and request counts): each {@code _entities} field its own
 * de-duplicated representation list, one list for fetches with the same selection, or with
 * selections the client cannot tell apart united.
 */
class BatchedRepresentationsTest {

    private static Vertx vertx;
    private static final Map<String, FixtureServer> SERVERS = new LinkedHashMap<>();
    private static OperationPreparer preparer;
    private static GatewayExecutor executor;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        FederationFixture fixture = new FederationFixture(
                "batched-entity-fetches", FederationFixture.ROOT.resolve("batched-entity-fetches"));
        Map<String, String> urls = new LinkedHashMap<>();
        for (SubgraphSource source : fixture.sources()) {
            FixtureServer server = DataSubgraph.serve(source.name(), source.sdl(), fixture.data(source.name()), vertx);
            SERVERS.put(source.name(), server);
            urls.put(source.name(), server.url());
        }
        Supergraph supergraph = new SupergraphParser()
                .parse(FederationFixture.read(fixture.supergraphFile()))
                .withUrls(urls);
        preparer = new OperationPreparer(
                supergraph, new OperationLimits(20, 30, 2000), new CostModel(supergraph, Map.of(), 10), 1 << 20);
        executor = new GatewayExecutor(
                supergraph,
                new HttpSubgraphTransport(vertx, supergraph.graphUrls(), Duration.ofSeconds(5), SubgraphMetrics.NONE),
                vertx);
    }

    @AfterAll
    static void stop() {
        SERVERS.values().forEach(FixtureServer::close);
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @BeforeEach
    void reset() {
        SERVERS.values().forEach(FixtureServer::reset);
    }

    @Test
    void aFieldTheClientReadsUnderTheSameKeyElsewhereKeepsFetchesApart() throws Exception {
        // united, the hosts' titles would land on the askers' objects, where "title" is their id
        Map<String, Object> data = run(
                "{ talk(id: \"t3\") { hosts { person { name title } } questions { askedBy { name title: id } } } }");
        // t3: hosted by p1; questions asked by p2, p1, p2
        assertEquals(
                Map.of("representations0", List.of("p1"), "representations1", List.of("p2", "p1")),
                representationIds(onlyRequestToPeople()));
        assertEquals(
                "{\"talk\":{\"hosts\":[{\"person\":{\"name\":\"Ada\",\"title\":\"Professor\"}}],"
                        + "\"questions\":[{\"askedBy\":{\"name\":\"Grace\",\"title\":\"p2\"}},"
                        + "{\"askedBy\":{\"name\":\"Ada\",\"title\":\"p1\"}},"
                        + "{\"askedBy\":{\"name\":\"Grace\",\"title\":\"p2\"}}]}}",
                Json.encode(data));
    }

    @Test
    void fetchesWithTheSameSelectionShareOneList() throws Exception {
        run("{ talk(id: \"t2\") { hosts { person { name } } chair { name } } }");
        // t2: hosted and chaired by p2, sent once for both paths
        assertEquals(Map.of("representations", List.of("p2")), representationIds(onlyRequestToPeople()));
    }

    @Test
    void fetchesWithDifferentSelectionsShareOneListWhereTheClientCannotTell() throws Exception {
        Map<String, Object> data =
                run("{ talk(id: \"t3\") { hosts { person { name title } } questions { askedBy { name } } } }");
        // one list for both paths, each person once; the askers get titles too, which nobody reads
        assertEquals(Map.of("representations", List.of("p1", "p2")), representationIds(onlyRequestToPeople()));
        assertEquals(
                "{\"talk\":{\"hosts\":[{\"person\":{\"name\":\"Ada\",\"title\":\"Professor\"}}],"
                        + "\"questions\":[{\"askedBy\":{\"name\":\"Grace\"}},{\"askedBy\":{\"name\":\"Ada\"}},"
                        + "{\"askedBy\":{\"name\":\"Grace\"}}]}}",
                Json.encode(data));
    }

    @Test
    void aUnitedAnswerWithErrorsIsAskedForAgainApart() throws Exception {
        // p3's name fails, and name is non-null: united, p3 would be null wherever it is found
        Map<String, Object> data =
                run("{ talk(id: \"t1\") { hosts { person { title } } questions { askedBy { name } } } }");
        List<FixtureServer.Received> received = SERVERS.get("people").received();
        assertEquals(2, received.size(), () -> "requests to people: " + received);
        assertEquals(Map.of("representations", List.of("p1", "p2", "p3", "p9")), representationIds(received.get(0)));
        assertEquals(
                Map.of("representations0", List.of("p1", "p2"), "representations1", List.of("p2", "p3", "p9", "p1")),
                representationIds(received.get(1)));
        assertEquals(
                "{\"talk\":{\"hosts\":[{\"person\":{\"title\":\"Professor\"}},{\"person\":{\"title\":\"Admiral\"}}],"
                        + "\"questions\":[{\"askedBy\":{\"name\":\"Grace\"}},{\"askedBy\":null},{\"askedBy\":null},"
                        + "{\"askedBy\":{\"name\":\"Ada\"}}]}}",
                Json.encode(data));
        assertEquals(List.of(List.of("talk", "questions", 1, "askedBy", "name")), lastErrorPaths);
    }

    private static List<List<Object>> lastErrorPaths;

    private static Map<String, Object> run(String query) throws Exception {
        PreparedOperation op = preparer.prepare(query, null);
        GraphQLResponse response = executor.execute(
                        op, executor.variables(op, Map.of()), null, Deadline.after(Duration.ofSeconds(10)), false)
                .toCompletionStage()
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
        lastErrorPaths = response.errors().stream().map(ResponseError::path).toList();
        return response.data();
    }

    private static FixtureServer.Received onlyRequestToPeople() {
        List<FixtureServer.Received> received = SERVERS.get("people").received();
        assertEquals(1, received.size(), () -> "requests to people: " + received);
        return received.get(0);
    }

    /** Per variable holding representations, the ids it lists in order. */
    private static Map<String, List<Object>> representationIds(FixtureServer.Received request) {
        Map<String, List<Object>> result = new TreeMap<>();
        request.variables().forEach((name, value) -> {
            if (value instanceof List<?> representations) {
                List<Object> ids = new ArrayList<>();
                representations.forEach(r -> ids.add(((Map<?, ?>) r).get("id")));
                result.put(name, ids);
            }
        });
        return result;
    }
}
