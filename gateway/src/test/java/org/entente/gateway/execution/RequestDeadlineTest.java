package org.entente.gateway.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.entente.gateway.fixtures.Bookshop;
import org.entente.gateway.fixtures.FixtureServer;
import org.entente.gateway.fixtures.Fixtures;
import org.entente.gateway.planning.CostModel;
import org.entente.gateway.planning.OperationLimits;
import org.entente.gateway.planning.OperationPreparer;
import org.entente.gateway.planning.PreparedOperation;
import org.entente.gateway.plugin.Deadline;
import org.entente.gateway.supergraph.Supergraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * At the request's deadline the client gets what has arrived, with an error for each subgraph still
 * being waited for, and those subgraph requests are reset rather than left running. The subgraph
 * timeout here (10 s) is far longer than the deadlines, so only the deadline can end them.
 */
class RequestDeadlineTest {

    private static Bookshop shop;
    private static Vertx vertx;
    private static OperationPreparer preparer;
    private static GatewayExecutor executor;

    /** Also prepares and runs the queries once, so that the short deadlines below meet requests in flight. */
    @BeforeAll
    static void start() throws Exception {
        shop = new Bookshop();
        vertx = Vertx.vertx();
        Supergraph supergraph = Fixtures.supergraph(shop.urls());
        preparer = new OperationPreparer(
                supergraph, new OperationLimits(20, 30, 2000), new CostModel(supergraph, Map.of(), 10), 1 << 20);
        executor = new GatewayExecutor(
                supergraph,
                new HttpSubgraphTransport(vertx, supergraph.graphUrls(), Duration.ofSeconds(10), SubgraphMetrics.NONE),
                vertx);
        run("{ book(id: \"b1\") { title stock } }", Duration.ofSeconds(10));
        run("{ books { title stock } }", Duration.ofSeconds(10));
    }

    @AfterAll
    static void stop() {
        shop.close();
        vertx.close();
    }

    @BeforeEach
    void reset() {
        shop.reset();
    }

    private static Map<String, Object> run(String query, Duration deadline) throws Exception {
        PreparedOperation op = preparer.prepare(query, null);
        return executor.execute(op, executor.variables(op, Map.of()), null, Deadline.after(deadline), false)
                .toCompletionStage()
                .toCompletableFuture()
                .get(20, TimeUnit.SECONDS)
                .toSpecification();
    }

    /** Waits for the fixture to see its connection closed: the reset travels over the network. */
    private static int abandoned(FixtureServer server) throws InterruptedException {
        for (int i = 0; i < 50 && server.abandoned() == 0; i++) {
            Thread.sleep(20);
        }
        return server.abandoned();
    }

    @Test
    void theClientGetsWhatArrivedAndTheSlowSubgraphsRequestIsReset() throws Exception {
        shop.inventory.delay(5_000);
        Map<String, Object> response = run("{ book(id: \"b1\") { title stock } }", Duration.ofMillis(800));
        Map<?, ?> book = (Map<?, ?>) ((Map<?, ?>) response.get("data")).get("book");
        assertEquals("Book 1", book.get("title"));
        assertEquals(null, book.get("stock"));
        assertEquals(
                List.of(Map.of(
                        "message",
                        "Subgraph inventory is unavailable: request deadline passed",
                        "extensions",
                        Map.of("code", "SUBGRAPH_UNAVAILABLE", "serviceName", "inventory"))),
                response.get("errors"));
        assertEquals(1, abandoned(shop.inventory), "the request to inventory was reset, not left running");
        assertEquals(0, shop.catalog.abandoned());
    }

    @Test
    void nothingIsSentOnceTheDeadlineHasPassed() throws Exception {
        shop.catalog.delay(5_000);
        Map<String, Object> response = run("{ books { title stock } }", Duration.ofMillis(800));
        assertEquals(null, response.get("data"), "books is non-null and never arrived");
        List<?> errors = (List<?>) response.get("errors");
        assertEquals(
                Map.of("code", "SUBGRAPH_UNAVAILABLE", "serviceName", "catalog"),
                ((Map<?, ?>) errors.get(0)).get("extensions"));
        assertEquals(1, shop.catalog.received().size());
        assertEquals(1, abandoned(shop.catalog));
        assertEquals(0, shop.inventory.received().size(), "the entity fetch after catalog's was never sent");
    }

    @Test
    void aRequestWithinItsDeadlineIsUntouched() throws Exception {
        Map<String, Object> response = run("{ book(id: \"b1\") { title stock } }", Duration.ofSeconds(5));
        assertFalse(response.containsKey("errors"), () -> String.valueOf(response.get("errors")));
        assertEquals(Map.of("book", Map.of("title", "Book 1", "stock", 2)), response.get("data"));
        assertEquals(0, shop.inventory.abandoned() + shop.catalog.abandoned());
    }
}
