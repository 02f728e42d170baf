package org.entente.gateway.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.vertx.core.Vertx;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.entente.gateway.composition.Composer;
import org.entente.gateway.composition.SubgraphSource;
import org.entente.gateway.execution.CacheTally;
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
import org.entente.gateway.plugin.ResponseError;
import org.entente.gateway.supergraph.Supergraph;
import org.entente.gateway.supergraph.SupergraphParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;

/**
 * Every federated query case of every fixture supergraph (see {@link FederationFixture}), run
 * through the planner and executor against the fixture subgraphs served over HTTP. Each case is
 * checked twice: on the committed supergraph of the independent composer (what a user brings)
 * and on the one our {@link Composer} makes; both must give the golden plan and answer.
 */
class FederationCasesTest {

    private static Vertx vertx;
    private static final Map<String, Running> RUNNING = new ConcurrentHashMap<>();
    private static final Map<String, Gateway> OURS = new ConcurrentHashMap<>();

    /**
     * A fixture's subgraphs while its cases run, with a gateway over the committed supergraph; the
     * one over our composer's is made apart (see {@link #ours}), so that a fixture our composer
     * cannot compose still runs its cases on the standard supergraph.
     */
    private record Running(List<FixtureServer> servers, Gateway standard, List<SubgraphSource> served) {}

    private record Gateway(OperationPreparer preparer, GatewayExecutor executor) {
        static Gateway over(Supergraph supergraph) {
            return new Gateway(
                    new OperationPreparer(
                            supergraph,
                            new OperationLimits(20, 30, 2000),
                            new CostModel(supergraph, Map.of(), 10),
                            1 << 20),
                    new GatewayExecutor(
                            supergraph,
                            new HttpSubgraphTransport(
                                    vertx, supergraph.graphUrls(), Duration.ofSeconds(5), SubgraphMetrics.NONE),
                            vertx));
        }
    }

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stop() {
        RUNNING.values().forEach(r -> r.servers().forEach(FixtureServer::close));
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @TestFactory
    Stream<DynamicContainer> federatedQueries() {
        return FederationFixture.all().stream()
                .map(fixture -> dynamicContainer(
                        fixture.name(),
                        fixture.cases().stream()
                                .flatMap(c -> Stream.concat(
                                        c.knownFailure() == null
                                                ? Stream.empty()
                                                : Stream.of(dynamicTest(
                                                        c.name() + " fails cleanly while a known failure",
                                                        () -> failsCleanly(running(fixture), c))),
                                        Stream.of(
                                                dynamicTest(c.name() + ": " + c.description(), () -> {
                                                    skipIfKnownFailure(c);
                                                    Running running = running(fixture);
                                                    Golden.check(c.planFile(), plan(running.standard(), c));
                                                    Golden.check(
                                                            c.answerFile(), answer(running, running.standard(), c));
                                                }),
                                                dynamicTest(c.name() + " on our composer's supergraph", () -> {
                                                    skipIfKnownFailure(c);
                                                    fixture.skipIfOurComposerDiffers();
                                                    Running running = running(fixture);
                                                    Gateway ours = ours(fixture, running);
                                                    assertEquals(
                                                            FederationFixture.read(c.planFile()), plan(ours, c) + "\n");
                                                    assertEquals(
                                                            FederationFixture.read(c.answerFile()),
                                                            answer(running, ours, c) + "\n");
                                                }))))));
    }

    private static void skipIfKnownFailure(FederationCase c) {
        Assumptions.assumeTrue(c.knownFailure() == null, () -> "known failure: " + c.knownFailure());
    }

    /**
     * A case the gateway still gets wrong must still get an answer: refused with
     * {@code QUERY_PLANNING_FAILED} and a message naming what cannot be reached, or run (with a
     * wrong answer), never an internal error or an exception.
     */
    private static void failsCleanly(Running running, FederationCase c) throws Exception {
        PreparedOperation op = running.standard().preparer().prepare(c.query(), null);
        if (op.refused()) {
            for (ResponseError error : op.error().errors()) {
                assertEquals(ResponseError.QUERY_PLANNING_FAILED, error.code(), error.message());
                assertTrue(error.message().startsWith("Cannot plan the operation: "), error.message());
            }
        } else {
            answer(running, running.standard(), c);
        }
    }

    private static Running running(FederationFixture fixture) {
        return RUNNING.computeIfAbsent(fixture.name(), n -> {
            List<FixtureServer> servers = new ArrayList<>();
            Map<String, String> urls = new LinkedHashMap<>();
            List<SubgraphSource> served = new ArrayList<>();
            for (SubgraphSource source : fixture.sources()) {
                FixtureServer server =
                        DataSubgraph.serve(source.name(), source.sdl(), fixture.data(source.name()), vertx);
                servers.add(server);
                urls.put(source.name(), server.url());
                served.add(new SubgraphSource(source.name(), server.url(), source.sdl()));
            }
            Supergraph standard = new SupergraphParser()
                    .parse(FederationFixture.read(fixture.supergraphFile()))
                    .withUrls(urls);
            return new Running(servers, Gateway.over(standard), served);
        });
    }

    private static Gateway ours(FederationFixture fixture, Running running) {
        return OURS.computeIfAbsent(
                fixture.name(),
                n -> Gateway.over(new SupergraphParser().parse(new Composer().compose(running.served()))));
    }

    private static String plan(Gateway gateway, FederationCase c) {
        PreparedOperation op = gateway.preparer().prepare(c.query(), null);
        return op.refused() ? "refused" : op.plan().describe();
    }

    /** The answer with its errors in a stable order, and how many requests each subgraph received. */
    private static String answer(Running running, Gateway gateway, FederationCase c) throws Exception {
        running.servers().forEach(FixtureServer::reset);
        PreparedOperation op = gateway.preparer().prepare(c.query(), null);
        Map<String, Object> answer = new LinkedHashMap<>();
        if (op.refused()) {
            answer.put("refused", ResponseError.toSpecification(op.error().errors()));
        } else {
            Map<String, Object> response = gateway.executor()
                    .execute(
                            op,
                            gateway.executor().variables(op, c.variables()),
                            null,
                            Deadline.after(Duration.ofSeconds(20)),
                            false)
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(20, TimeUnit.SECONDS)
                    .toSpecification();
            answer.put("data", response.get("data"));
            if (response.get("errors") instanceof List<?> errors) {
                List<Object> sorted = new ArrayList<>(errors);
                sorted.sort(Comparator.comparing(Json::encode));
                answer.put("errors", sorted);
            }
        }
        Map<String, Integer> requests = new LinkedHashMap<>();
        running.servers().forEach(s -> requests.put(s.name(), s.received().size()));
        answer.put("requests", requests);
        if (!op.refused()) {
            assertWrittenAsShaped(gateway, op, c, answer);
        }
        return Json.encodePrettily(answer);
    }
    /**
     * What the gateway writes for HTTP clients (straight from the merged data, or shaped first) says
     * what the shaped response says: the same data, in the same order, and the same errors.
     */
    private static void assertWrittenAsShaped(
            Gateway gateway, PreparedOperation op, FederationCase c, Map<String, Object> shaped) throws Exception {
        GatewayExecutor.JsonResponse written = gateway.executor()
                .executeToJson(
                        op,
                        gateway.executor().variables(op, c.variables()),
                        null,
                        Deadline.after(Duration.ofSeconds(20)),
                        false,
                        new CacheTally())
                .toCompletionStage()
                .toCompletableFuture()
                .get(20, TimeUnit.SECONDS);
        JsonObject json = new JsonObject(written.json());
        assertEquals(Json.encode(shaped.get("data")), Json.encode(json.getValue("data")), c.name());
        List<Object> errors = json.getJsonArray("errors") == null
                ? null
                : new ArrayList<>(json.getJsonArray("errors").getList());
        if (errors != null) {
            errors.sort(Comparator.comparing(Json::encode));
        }
        assertEquals(Json.encode(shaped.get("errors")), Json.encode(errors), c.name());
        assertEquals(errors != null, written.hasErrors(), c.name());
    }
}
