package org.entente.gateway.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.vertx.circuitbreaker.CircuitBreakerState;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.entente.gateway.fixtures.Bookshop;
import org.entente.gateway.fixtures.Fixtures;
import org.entente.gateway.planning.CostModel;
import org.entente.gateway.planning.OperationLimits;
import org.entente.gateway.planning.OperationPreparer;
import org.entente.gateway.planning.PreparedOperation;
import org.entente.gateway.plugin.Deadline;
import org.entente.gateway.supergraph.Supergraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A hung subgraph behind its circuit breaker (subgraph timeout 1 s): after two timeouts the breaker
 * opens and its fetches fail at once, without a request reaching it, while the other subgraphs
 * still answer; after the open duration one probe goes through and its success closes the breaker.
 * A subgraph that answers but turns every operation away as SUBGRAPH_UNAVAILABLE opens it as well.
 */
class CircuitBreakerTest {

    private static final String QUERY = "{ book(id: \"b1\") { title stock } }";

    private final Map<String, CircuitBreakerState> states = new ConcurrentHashMap<>();
    private final SubgraphMetrics metrics = new SubgraphMetrics() {
        @Override
        public void record(String service, long nanos, boolean success) {}

        @Override
        public void breakerState(String service, CircuitBreakerState state) {
            states.put(service, state);
        }
    };

    private Bookshop shop;
    private Vertx vertx;
    private OperationPreparer preparer;
    private GatewayExecutor executor;

    /** Also runs the query until it succeeds, so that a cold first request cannot count as a failure. */
    @BeforeEach
    void start() throws Exception {
        shop = new Bookshop();
        vertx = Vertx.vertx();
        Supergraph supergraph = Fixtures.supergraph(shop.urls());
        preparer = new OperationPreparer(
                supergraph, new OperationLimits(20, 30, 2000), new CostModel(supergraph, Map.of(), 10), 1 << 20);
        HttpSubgraphTransport http =
                new HttpSubgraphTransport(vertx, supergraph.graphUrls(), Duration.ofSeconds(1), metrics);
        executor = new GatewayExecutor(
                supergraph,
                new CircuitBreakingTransport(
                        vertx,
                        http,
                        supergraph.graphUrls().keySet(),
                        new CircuitBreakingTransport.Settings(2, Duration.ofSeconds(1), Duration.ofMinutes(1)),
                        metrics),
                vertx);
        for (int i = 0; i < 3 && run().containsKey("errors"); i++) {
            Thread.sleep(100);
        }
        shop.reset();
    }

    @AfterEach
    void stop() {
        shop.close();
        vertx.close();
    }

    private Map<String, Object> run() throws Exception {
        PreparedOperation op = preparer.prepare(QUERY, null);
        return executor.execute(
                        op, executor.variables(op, Map.of()), null, Deadline.after(Duration.ofSeconds(10)), false)
                .toCompletionStage()
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS)
                .toSpecification();
    }

    private static Map<?, ?> book(Map<String, Object> response) {
        return (Map<?, ?>) ((Map<?, ?>) response.get("data")).get("book");
    }

    private static String firstError(Map<String, Object> response) {
        return (String) ((Map<?, ?>) ((List<?>) response.get("errors")).get(0)).get("message");
    }

    @Test
    void opensAfterTwoTimeoutsFailsFastThenAProbeClosesIt() throws Exception {
        assertEquals(CircuitBreakerState.CLOSED, states.get("inventory"));
        shop.inventory.delay(3_000);
        for (int i = 0; i < 2; i++) {
            assertEquals("Subgraph inventory is unavailable: timed out", firstError(run()));
        }
        assertEquals(CircuitBreakerState.OPEN, states.get("inventory"));
        assertEquals(2, shop.inventory.received().size());

        Map<String, Object> failedFast = run();
        assertEquals("Subgraph inventory is unavailable: circuit open after repeated failures", firstError(failedFast));
        assertEquals(
                Map.of("code", "SUBGRAPH_UNAVAILABLE", "serviceName", "inventory"),
                ((Map<?, ?>) ((List<?>) failedFast.get("errors")).get(0)).get("extensions"));
        assertEquals("Book 1", book(failedFast).get("title"), "the other subgraphs still answer");
        assertEquals(2, shop.inventory.received().size(), "no request reached inventory");
        assertEquals(CircuitBreakerState.CLOSED, states.get("catalog"));

        shop.inventory.delay(0);
        for (int i = 0; i < 100 && states.get("inventory") != CircuitBreakerState.HALF_OPEN; i++) {
            Thread.sleep(50);
        }
        assertEquals(CircuitBreakerState.HALF_OPEN, states.get("inventory"), "after the open duration");
        Map<String, Object> probed = run();
        assertFalse(probed.containsKey("errors"), () -> String.valueOf(probed.get("errors")));
        assertEquals(2, book(probed).get("stock"));
        assertEquals(3, shop.inventory.received().size(), "the probe went through");
        assertEquals(CircuitBreakerState.CLOSED, states.get("inventory"));
    }

    @Test
    void aSubgraphTurningWholeOperationsAwayCountsAsFailingAndOpensItToo() throws Exception {
        shop.inventory.refuse(true);
        for (int i = 0; i < 2; i++) {
            Map<String, Object> refused = run();
            assertEquals("Subgraph inventory is unavailable: it refused the operation", firstError(refused));
            assertEquals("Book 1", book(refused).get("title"), "the other subgraphs still answer");
        }
        assertEquals(CircuitBreakerState.OPEN, states.get("inventory"));
        assertEquals("Subgraph inventory is unavailable: circuit open after repeated failures", firstError(run()));
        assertEquals(2, shop.inventory.received().size(), "no request reached inventory while open");
    }

    @Test
    void aFailedProbeOpensItAgain() throws Exception {
        shop.inventory.delay(3_000);
        run();
        run();
        for (int i = 0; i < 100 && states.get("inventory") != CircuitBreakerState.HALF_OPEN; i++) {
            Thread.sleep(50);
        }
        assertEquals("Subgraph inventory is unavailable: timed out", firstError(run()));
        assertEquals(CircuitBreakerState.OPEN, states.get("inventory"));
        assertEquals(3, shop.inventory.received().size());
    }
}
