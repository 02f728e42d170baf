package org.entente.gateway.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.json.Json;
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

/** Runs plans against the four fixture subgraph servers and checks merged results and request counts. */
class ExecutorTest {

    private static Bookshop shop;
    private static Vertx vertx;
    private static OperationPreparer preparer;
    private static GatewayExecutor executor;

    @BeforeAll
    static void start() {
        shop = new Bookshop();
        vertx = Vertx.vertx();
        Supergraph supergraph = Fixtures.supergraph(shop.urls());
        preparer = new OperationPreparer(
                supergraph, new OperationLimits(20, 30, 2000), new CostModel(supergraph, Map.of(), 10), 1 << 20);
        executor = new GatewayExecutor(
                supergraph,
                new HttpSubgraphTransport(vertx, supergraph.graphUrls(), Duration.ofSeconds(2), SubgraphMetrics.NONE),
                vertx);
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

    static Map<String, Object> run(String query, Map<String, Object> variables, String authorization) throws Exception {
        PreparedOperation op = preparer.prepare(query, null);
        assertFalse(op.refused(), () -> "refused: " + op.error());
        return executor.execute(
                        op,
                        executor.variables(op, variables),
                        authorization,
                        Deadline.after(Duration.ofSeconds(20)),
                        false)
                .toCompletionStage()
                .toCompletableFuture()
                .get(20, TimeUnit.SECONDS)
                .toSpecification();
    }

    static Map<String, Object> run(String query) throws Exception {
        return run(query, Map.of(), null);
    }

    static String json(Object value) {
        return Json.encode(value);
    }

    private static List<FixtureServer.Received> entityRequests(FixtureServer server) {
        return server.received().stream()
                .filter(r -> r.query().contains("_entities"))
                .toList();
    }

    @Test
    void fiftyBooksWithReviewsCostOneEntitiesRequest() throws Exception {
        Map<String, Object> response = run("{ books { title reviews { rating } } }");
        List<?> books = (List<?>) ((Map<?, ?>) response.get("data")).get("books");
        assertEquals(50, books.size());
        assertEquals(Map.of("title", "Book 7", "reviews", List.of(Map.of("rating", 3))), books.get(6));
        assertEquals(1, shop.catalog.received().size());
        assertEquals(1, shop.reviews.received().size());
        assertEquals(50, entityRequests(shop.reviews).get(0).representationCount());
        assertNull(response.get("errors"));
    }

    @Test
    void representationsAreDeduplicated() throws Exception {
        Map<String, Object> response = run("{ latestReviews(first: 50) { id author { name } } }");
        List<?> reviews = (List<?>) ((Map<?, ?>) response.get("data")).get("latestReviews");
        assertEquals(50, reviews.size());
        assertEquals(Map.of("id", "r7", "author", Map.of("name", "Reader 3")), reviews.get(6));
        List<FixtureServer.Received> toAccounts = entityRequests(shop.accounts);
        assertEquals(1, toAccounts.size(), "one _entities request for 50 reviews");
        assertEquals(5, toAccounts.get(0).representationCount(), "50 reviews by 5 distinct readers");
    }

    @Test
    void nestedJumpsRequiresAndOverrideMerge() throws Exception {
        Map<String, Object> response = run("""
                { latestReviews(first: 2) { body book { title shippingCost stock }
                    author { name favouriteBook { title reviews { rating } } } } }""");
        assertEquals("""
                {"data":{"latestReviews":[\
                {"body":"Review 1","book":{"title":"Book 1","shippingCost":6.0,"stock":2},\
                "author":{"name":"Reader 2","favouriteBook":{"title":"Book 2","reviews":[{"rating":3}]}}},\
                {"body":"Review 2","book":{"title":"Book 2","shippingCost":7.0,"stock":4},\
                "author":{"name":"Reader 3","favouriteBook":{"title":"Book 3","reviews":[{"rating":4}]}}}]}}""", json(response));
        // reviews root + favourite books' reviews; catalog for isbn/weight/price then titles; inventory once
        assertEquals(2, shop.reviews.received().size());
        assertEquals(2, shop.catalog.received().size());
        assertEquals(1, shop.inventory.received().size());
        assertEquals(1, shop.accounts.received().size());
    }

    @Test
    void abstractTypesAcrossSubgraphsWithAliasesAndFragments() throws Exception {
        Map<String, Object> response = run("""
                query { found: search(text: "x") { __typename ...B ... on Author { name } }
                        media { kind: __typename title ... on Magazine { reviews { body } } } }
                fragment B on Book { label: title reviews { rating } }""");
        assertEquals("""
                {"data":{"found":[{"__typename":"Book","label":"Book 2","reviews":[{"rating":3}]},\
                {"__typename":"Author","name":"Ursula"}],\
                "media":[{"kind":"Book","title":"Book 1"},{"kind":"Magazine","title":"Monthly","reviews":[{"body":"Great issue"}]}]}}""", json(response));
        assertEquals(
                1, entityRequests(shop.reviews).size(), "search.@ Books and media.@ Magazines in one batched request");
    }

    @Test
    void includeAndSkipFollowVariables() throws Exception {
        String query = "query($withReviews: Boolean!, $noTitle: Boolean = false) { book(id: \"b5\") { "
                + "title @skip(if: $noTitle) reviews @include(if: $withReviews) { rating } } }";
        assertEquals(
                "{\"data\":{\"book\":{\"title\":\"Book 5\"}}}", json(run(query, Map.of("withReviews", false), null)));
        assertEquals(0, shop.reviews.received().size(), "a skipped jump costs no request");
        assertEquals(
                "{\"data\":{\"book\":{\"reviews\":[{\"rating\":1}]}}}",
                json(run(query, Map.of("withReviews", true, "noTitle", true), null)));
    }

    @Test
    void subgraphErrorsAreRepathedToClientPaths() throws Exception {
        Map<String, Object> response = run("{ books { id averageRating } }");
        List<?> errors = (List<?>) response.get("errors");
        assertEquals(1, errors.size());
        Map<?, ?> error = (Map<?, ?>) errors.get(0);
        assertTrue(
                ((String) error.get("message")).endsWith("ratings of book 4 are being recomputed"), error.toString());
        assertEquals(List.of("books", 3, "averageRating"), error.get("path"));
        assertEquals("reviews", ((Map<?, ?>) error.get("extensions")).get("serviceName"));
        List<?> books = (List<?>) ((Map<?, ?>) response.get("data")).get("books");
        assertEquals(Map.of("id", "b5", "averageRating", 1.0), books.get(4));
        assertTrue(((Map<?, ?>) books.get(3)).containsKey("averageRating"));
        assertNull(((Map<?, ?>) books.get(3)).get("averageRating"));
    }

    @Test
    void nullInNonNullFieldNullsNearestNullableParent() throws Exception {
        Map<String, Object> response = run("{ readers { id favouriteBook { title shippingCost } } }");
        List<?> readers = (List<?>) ((Map<?, ?>) response.get("data")).get("readers");
        assertTrue(((Map<?, ?>) readers.get(2)).containsKey("favouriteBook"));
        assertNull(
                ((Map<?, ?>) readers.get(2)).get("favouriteBook"), "shippingCost: Float! is null → favouriteBook null");
        assertEquals(Map.of("title", "Book 2", "shippingCost", 7.0), ((Map<?, ?>) readers.get(1)).get("favouriteBook"));
        Map<?, ?> error = (Map<?, ?>) ((List<?>) response.get("errors")).get(0);
        assertEquals(List.of("readers", 2, "favouriteBook", "shippingCost"), error.get("path"));
    }

    @Test
    void anEntityItsSubgraphDoesNotKnowIsNullWithoutAnError() throws Exception {
        Map<String, Object> response = run("{ readers { id favouriteBook { title } } }");
        List<?> readers = (List<?>) ((Map<?, ?>) response.get("data")).get("readers");
        Map<?, ?> last = (Map<?, ?>) readers.get(Bookshop.READERS - 1);
        assertTrue(last.containsKey("favouriteBook"), last::toString);
        assertNull(last.get("favouriteBook"), "the catalog answered null for it");
        assertEquals(Map.of("title", "Book 1"), ((Map<?, ?>) readers.get(0)).get("favouriteBook"));
        assertNull(response.get("errors"), () -> json(response));
    }

    @Test
    void stoppedSubgraphGivesPartialDataAndSubgraphUnavailable() throws Exception {
        FixtureServer inventory = shop.inventory;
        inventory.delay(3_000); // longer than the 2 s subgraph timeout
        Map<String, Object> response = run("{ book(id: \"b1\") { title stock } me { name } }");
        assertEquals(
                "{\"book\":{\"title\":\"Book 1\",\"stock\":null},\"me\":{\"name\":\"Reader 1\"}}",
                json(response.get("data")));
        Map<?, ?> error = (Map<?, ?>) ((List<?>) response.get("errors")).get(0);
        assertEquals(Map.of("code", "SUBGRAPH_UNAVAILABLE", "serviceName", "inventory"), error.get("extensions"));
    }

    @Test
    void authorizationHeaderIsForwardedToEverySubgraph() throws Exception {
        run("{ latestReviews(first: 1) { author { name } } }", Map.of(), "Bearer token-123");
        assertEquals("Bearer token-123", shop.reviews.received().get(0).authorization());
        assertEquals("Bearer token-123", shop.accounts.received().get(0).authorization());
    }

    @Test
    void mutationsRunInOrderThenTheirEntityFetches() throws Exception {
        Map<String, Object> response = run("""
                mutation { first: register(name: "Ann", email: "ann@example.org") { id name }
                           addReview(bookId: "b9", rating: 4, body: "Fine") { id book { title stock } } }""");
        assertEquals("""
                {"data":{"first":{"id":"u6","name":"Ann"},"addReview":{"id":"r51","book":{"title":"Book 9","stock":18}}}}""", json(response));
        assertTrue(shop.accounts.received().get(0).query().startsWith("mutation"));
        assertTrue(shop.reviews.received().get(0).query().startsWith("mutation"));
    }

    @Test
    void introspectionIsAnsweredWithoutSubgraphs() throws Exception {
        Map<String, Object> response = run("{ __type(name: \"Book\") { fields { name } } __typename }");
        String fields = json(((Map<?, ?>) ((Map<?, ?>) response.get("data")).get("__type")).get("fields"));
        assertTrue(fields.contains("\"shippingCost\""), fields);
        assertFalse(fields.contains("internalCode"), "@inaccessible fields are not introspectable");
        assertEquals("Query", ((Map<?, ?>) response.get("data")).get("__typename"));
        shop.servers().forEach(s -> assertEquals(0, s.received().size(), s.name()));
    }

    @Test
    void aliasedIntrospectionFieldsEachGetTheirOwnAnswer() throws Exception {
        Map<String, Object> response = run("""
                query Vocabulary { book: __type(name: "Book") { name } query: __type(name: "Query") { name } }""");
        assertEquals("""
                {"data":{"book":{"name":"Book"},"query":{"name":"Query"}}}""", json(response));
    }
}
