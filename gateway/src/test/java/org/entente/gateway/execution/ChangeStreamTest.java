package org.entente.gateway.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.entente.gateway.cache.CacheMetrics;
import org.entente.gateway.cache.ChangeStream;
import org.entente.gateway.cache.EntityCache;
import org.entente.gateway.fixtures.Bookshop;
import org.entente.gateway.fixtures.ChangeStreams;
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
 * The entity cache follows a subgraph's change stream: a subgraph is cached only while its stream is
 * heard, each change drops its entries, and a stream that is lost (ended, refused, or silent)
 * makes the gateway go past the cache until it is back.
 */
class ChangeStreamTest {

    private static final String REVIEW_AUTHORS = "{ latestReviews(first: 50) { id author { name } } }";

    private Bookshop shop;
    private Vertx vertx;
    private OperationPreparer preparer;
    private GatewayExecutor executor;
    private EntityCache cache;
    private ChangeStream stream;
    private ChangeStreams changes;
    private final AtomicInteger changeInvalidations = new AtomicInteger();
    private final AtomicInteger bypasses = new AtomicInteger();

    @BeforeEach
    void start() {
        shop = new Bookshop();
        vertx = Vertx.vertx();
        Supergraph supergraph = Fixtures.supergraph(shop.urls());
        preparer = new OperationPreparer(
                supergraph, new OperationLimits(20, 30, 2000), new CostModel(supergraph, Map.of(), 10), 1 << 20);
        cache = new EntityCache(1 << 20, Duration.ofSeconds(30), false, new CacheMetrics() {
            @Override
            public void hits(String service, int count) {}

            @Override
            public void misses(String service, int count) {}

            @Override
            public void bypassed(String service, int count) {
                bypasses.addAndGet(count);
            }

            @Override
            public void invalidated(String service, String reason) {
                if (reason.equals("change")) {
                    changeInvalidations.incrementAndGet();
                }
            }

            @Override
            public void watch(EntityCache cache) {}
        });
        executor = new GatewayExecutor(
                supergraph,
                new HttpSubgraphTransport(vertx, supergraph.graphUrls(), Duration.ofSeconds(5), SubgraphMetrics.NONE),
                vertx,
                cache);
        shop.accounts.cacheControl("public, max-age=60");
        changes = shop.accounts.changes();
        stream = new ChangeStream(vertx, "accounts", shop.accounts.url(), cache);
    }

    @AfterEach
    void stop() {
        stream.close();
        shop.close();
        vertx.close();
    }

    private String run() throws Exception {
        PreparedOperation op = preparer.prepare(REVIEW_AUTHORS, null);
        CacheTally tally = new CacheTally();
        executor.execute(
                        op,
                        executor.variables(op, Map.of()),
                        null,
                        Deadline.after(Duration.ofSeconds(20)),
                        false,
                        tally)
                .toCompletionStage()
                .toCompletableFuture()
                .get(20, TimeUnit.SECONDS);
        return tally.header();
    }

    /** Waits for what the stream does in the background; fails after ten seconds. */
    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        for (int i = 0; i < 500 && !condition.getAsBoolean(); i++) {
            Thread.sleep(20);
        }
        assertTrue(condition.getAsBoolean(), what);
    }

    private void startListening() throws InterruptedException {
        stream.start();
        await(() -> cache.isLive("accounts"), "the stream is heard");
    }

    @Test
    void nothingIsCachedBeforeTheStreamIsHeard() throws Exception {
        assertEquals("hit=0 miss=0 bypass=5", run());
        assertEquals("hit=0 miss=0 bypass=5", run());
        assertEquals(10, bypasses.get(), "the bypassed representations are counted for the metrics too");
        startListening();
        assertEquals("hit=0 miss=5", run());
        assertEquals("hit=5 miss=0", run());
        assertEquals(10, bypasses.get());
    }

    @Test
    void aChangeDropsTheSubgraphsEntries() throws Exception {
        startListening();
        run();
        assertEquals("hit=5 miss=0", run());
        changes.change();
        await(() -> changeInvalidations.get() == 1, "the change is heard");
        assertEquals("hit=0 miss=5", run());
        assertEquals("hit=5 miss=0", run());
    }

    @Test
    void aLostStreamSendsEveryReadToTheSubgraphUntilItIsBack() throws Exception {
        startListening();
        run();
        changes.takeAway();
        await(() -> !cache.isLive("accounts"), "the loss is noticed");
        int before = shop.accounts.received().size();
        assertEquals("hit=0 miss=0 bypass=5", run());
        assertEquals("hit=0 miss=0 bypass=5", run());
        assertEquals(before + 2, shop.accounts.received().size());
        changes.restore();
        await(() -> cache.isLive("accounts"), "the stream is heard again");
        assertEquals("hit=5 miss=0", run(), "nothing changed meanwhile (ready): the entries are good");
    }

    @Test
    void writesMissedWhileTheStreamWasLostDropTheEntries() throws Exception {
        startListening();
        run();
        changes.takeAway();
        await(() -> !cache.isLive("accounts"), "the loss is noticed");
        changes.change(); // heard by no one
        changes.restore();
        await(() -> cache.isLive("accounts"), "the stream is heard again");
        assertEquals("hit=0 miss=5", run(), "the stream said reset");
    }

    @Test
    void aSilentStreamIsTakenAsLost() throws Exception {
        startListening();
        run();
        int connections = changes.connections();
        changes.silence();
        await(() -> !cache.isLive("accounts"), "the silence is noticed");
        assertEquals("hit=0 miss=0 bypass=5", run());
        changes.restore();
        await(() -> cache.isLive("accounts"), "the stream is heard again");
        assertTrue(changes.connections() > connections, "on a new connection");
        assertFalse(run().contains("bypass"));
    }
}
