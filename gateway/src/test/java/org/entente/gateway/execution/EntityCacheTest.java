package org.entente.gateway.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.entente.gateway.cache.CacheMetrics;
import org.entente.gateway.cache.EntityCache;
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
 * The entity cache in the executor, against the fixture subgraphs over HTTP: what their
 * {@code Cache-Control} allows is kept per representation, only missing representations are sent,
 * private answers stay with their caller, and a mutation drops its subgraph's entries.
 */
class EntityCacheTest {

    /** 50 reviews by 5 distinct readers: one {@code _entities} request to accounts with 5 representations. */
    private static final String REVIEW_AUTHORS = "{ latestReviews(first: 50) { id author { name } } }";

    private static Bookshop shop;
    private static Vertx vertx;
    private static Supergraph supergraph;
    private static OperationPreparer preparer;
    private static HttpSubgraphTransport transport;
    private EntityCache cache;
    private GatewayExecutor executor;

    @BeforeAll
    static void start() {
        shop = new Bookshop();
        vertx = Vertx.vertx();
        supergraph = Fixtures.supergraph(shop.urls());
        preparer = new OperationPreparer(
                supergraph, new OperationLimits(20, 30, 2000), new CostModel(supergraph, Map.of(), 10), 1 << 20);
        transport =
                new HttpSubgraphTransport(vertx, supergraph.graphUrls(), Duration.ofSeconds(5), SubgraphMetrics.NONE);
    }

    @AfterAll
    static void stop() {
        shop.close();
        vertx.close();
    }

    @BeforeEach
    void fresh() {
        shop.reset();
        cache = new EntityCache(1 << 20, Duration.ofSeconds(30), true, CacheMetrics.NONE);
        executor = new GatewayExecutor(supergraph, transport, vertx, cache);
    }

    private record Ran(Map<String, Object> response, String header) {}

    private Ran run(String query, Map<String, Object> variables, String authorization) throws Exception {
        PreparedOperation op = preparer.prepare(query, null);
        assertFalse(op.refused(), () -> "refused: " + op.error());
        CacheTally tally = new CacheTally();
        Map<String, Object> response = executor.execute(
                        op,
                        executor.variables(op, variables),
                        authorization,
                        Deadline.after(Duration.ofSeconds(20)),
                        false,
                        tally)
                .toCompletionStage()
                .toCompletableFuture()
                .get(20, TimeUnit.SECONDS)
                .toSpecification();
        return new Ran(response, tally.header());
    }

    private Ran run(String query) throws Exception {
        return run(query, Map.of(), null);
    }

    private static List<FixtureServer.Received> entityRequests(FixtureServer server) {
        return server.received().stream()
                .filter(r -> r.query().contains("_entities"))
                .toList();
    }

    @Test
    void aPublicAnswerIsServedFromTheCacheTheSecondTime() throws Exception {
        shop.accounts.cacheControl("public, max-age=60");
        Ran first = run(REVIEW_AUTHORS);
        Ran second = run(REVIEW_AUTHORS);
        assertEquals(first.response(), second.response());
        assertEquals("hit=0 miss=5", first.header());
        assertEquals("hit=5 miss=0", second.header());
        assertEquals(1, entityRequests(shop.accounts).size(), "the second request needs no subgraph request");
    }

    @Test
    void onlyTheMissingRepresentationsAreSent() throws Exception {
        shop.accounts.cacheControl("public, max-age=60");
        run("{ latestReviews(first: 2) { author { name } } }"); // readers 2 and 3
        shop.accounts.reset();
        shop.accounts.cacheControl("public, max-age=60");
        Ran all = run(REVIEW_AUTHORS);
        assertEquals("hit=2 miss=3", all.header());
        List<FixtureServer.Received> sent = entityRequests(shop.accounts);
        assertEquals(1, sent.size());
        assertEquals(3, sent.get(0).representationCount(), "readers 1, 4 and 5 only");
        Ran again = run(REVIEW_AUTHORS);
        assertEquals("hit=5 miss=0", again.header());
        assertEquals(all.response(), again.response());
    }

    @Test
    void nothingIsKeptThatTheSubgraphDidNotAllow() throws Exception {
        for (String header : new String[] {null, "no-store", "public, no-cache", "max-age=60", "public, max-age=0"}) {
            fresh();
            shop.accounts.cacheControl(header);
            run(REVIEW_AUTHORS);
            Ran second = run(REVIEW_AUTHORS);
            assertEquals("hit=0 miss=5", second.header(), "Cache-Control: " + header);
            assertEquals(2, entityRequests(shop.accounts).size(), "Cache-Control: " + header);
        }
    }

    @Test
    void aPrivateAnswerIsServedOnlyToItsOwnCaller() throws Exception {
        shop.accounts.cacheControl("private, max-age=60");
        run(REVIEW_AUTHORS, Map.of(), "Bearer alice");
        assertEquals(
                "hit=5 miss=0", run(REVIEW_AUTHORS, Map.of(), "Bearer alice").header());
        assertEquals("hit=0 miss=5", run(REVIEW_AUTHORS, Map.of(), "Bearer bob").header());
        assertEquals("hit=0 miss=5", run(REVIEW_AUTHORS).header(), "nor to an anonymous caller");
        List<FixtureServer.Received> sent = entityRequests(shop.accounts);
        assertEquals(
                List.of("Bearer alice", "Bearer bob"),
                sent.subList(0, 2).stream()
                        .map(FixtureServer.Received::authorization)
                        .toList());
        assertEquals(3, sent.size());
    }

    @Test
    void aPublicAnswerIsSharedByEveryCaller() throws Exception {
        shop.accounts.cacheControl("public, max-age=60");
        run(REVIEW_AUTHORS, Map.of(), "Bearer alice");
        assertEquals("hit=5 miss=0", run(REVIEW_AUTHORS, Map.of(), "Bearer bob").header());
    }

    @Test
    void aMutationDropsTheEntriesOfItsSubgraphOnly() throws Exception {
        shop.accounts.cacheControl("public, max-age=60");
        shop.catalog.cacheControl("public, max-age=60");
        String both = "{ latestReviews(first: 50) { author { name } book { isbn } } }";
        run(both);
        assertEquals("hit=55 miss=0", run(both).header());
        run("mutation { addReview(bookId: \"b1\", body: \"Fine\", rating: 4) { id } }");
        assertEquals(
                "hit=55 miss=0", run(both).header(), "a write to reviews changes nothing accounts or catalog hold");
        run("mutation { register(name: \"Reader 6\", email: \"r6@example.org\") { id } }");
        assertEquals("hit=50 miss=5", run(both).header(), "a write to accounts drops what accounts answered");
    }

    @Test
    void theReadsOfAMutationGoPastTheCache() throws Exception {
        shop.reviews.cacheControl("public, max-age=60");
        shop.catalog.cacheControl("public, max-age=60");
        run("{ book(id: \"b1\") { reviews { rating } } }");
        Ran mutation = run("mutation { addReview(bookId: \"b1\", body: \"Fine\", rating: 4) { book { title } } }");
        assertEquals(null, mutation.header());
    }

    private static List<FixtureServer.Received> rootRequests(FixtureServer server) {
        return server.received().stream()
                .filter(r -> !r.query().contains("_entities"))
                .toList();
    }

    @Test
    void aRootAnswerIsKeptWholePerOperationAndVariables() throws Exception {
        shop.catalog.cacheControl("public, max-age=60");
        String book = "query($id: ID!) { book(id: $id) { title } }";
        Ran first = run(book, Map.of("id", "b1"), null);
        Ran second = run(book, Map.of("id", "b1"), "Bearer bob");
        assertEquals(first.response(), second.response());
        assertEquals("hit=0 miss=1", first.header());
        assertEquals("hit=1 miss=0", second.header(), "a public answer is every caller's");
        assertEquals("hit=0 miss=1", run(book, Map.of("id", "b2"), null).header(), "other variables, other answer");
        assertEquals(2, rootRequests(shop.catalog).size());
    }

    @Test
    void aRootAnswerTheSubgraphDidNotAllowIsNotKept() throws Exception {
        shop.accounts.cacheControl("private, max-age=60");
        String me = "{ me { name } }";
        run(me, Map.of(), "Bearer alice");
        assertEquals("hit=1 miss=0", run(me, Map.of(), "Bearer alice").header());
        assertEquals("hit=0 miss=1", run(me, Map.of(), "Bearer bob").header(), "a private answer is its caller's");
        shop.catalog.cacheControl("no-store");
        run("{ book(id: \"b1\") { title } }");
        assertEquals(
                null,
                run("{ book(id: \"b1\") { title } }").header(),
                "an answer that may not be kept is no miss: the cache could not have helped");
        assertEquals(2, rootRequests(shop.catalog).size());
    }

    @Test
    void aMutationDropsTheRootAnswersOfItsSubgraph() throws Exception {
        shop.accounts.cacheControl("public, max-age=60");
        String readers = "{ readers { name } }";
        run(readers);
        assertEquals("hit=1 miss=0", run(readers).header());
        run("mutation { register(name: \"Reader 6\", email: \"r6@example.org\") { id } }");
        assertEquals("hit=0 miss=1", run(readers).header());
        assertEquals(
                2,
                rootRequests(shop.accounts).stream()
                        .filter(r -> r.query().contains("readers"))
                        .count(),
                "read again after the write");
    }

    @Test
    void anAnswerWithErrorsIsNotKept() throws Exception {
        shop.reviews.cacheControl("public, max-age=60");
        String ratings = "{ books { averageRating } }"; // book 4's rating fails
        run(ratings);
        assertEquals("hit=0 miss=50", run(ratings).header());
    }
}
