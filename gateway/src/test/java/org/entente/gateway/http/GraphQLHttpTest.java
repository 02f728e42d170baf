package org.entente.gateway.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.entente.gateway.fixtures.BookshopResource;
import org.entente.gateway.fixtures.FixtureServer;
import org.entente.gateway.planning.OperationLimitsTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The gateway over HTTP, composed at start from the fixture subgraphs' _service { sdl }. */
@QuarkusTest
@QuarkusTestResource(value = BookshopResource.class, restrictToAnnotatedClass = true)
class GraphQLHttpTest {

    @TestHTTPResource("/graphql")
    URL graphql;

    @BeforeEach
    void readyAndReset() throws InterruptedException {
        for (int i = 0; i < 100 && given().get("/q/health/ready").statusCode() != 200; i++) {
            Thread.sleep(100);
        }
        given().get("/q/health/ready").then().statusCode(200).body("checks[0].name", equalTo("supergraph"));
        BookshopResource.shop().reset();
    }

    private static int requestsToSubgraphs() {
        return BookshopResource.shop().servers().stream()
                .mapToInt(s -> s.received().size())
                .sum();
    }

    @Test
    void postRunsAFederatedQuery() {
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "query",
                        "query Q($id: ID!) { book(id: $id) { title reviews { rating } } }",
                        "variables",
                        Map.of("id", "b2")))
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("data.book.title", equalTo("Book 2"))
                .body("data.book.reviews[0].rating", equalTo(3))
                .body("errors", nullValue());
        assertEquals(1, BookshopResource.shop().catalog.received().size());
        assertEquals(1, BookshopResource.shop().reviews.received().size());
    }

    @Test
    void getRunsQueriesButRefusesMutations() {
        given().queryParam("query", "{ me { name } }")
                .get("/graphql")
                .then()
                .statusCode(200)
                .body("data.me.name", equalTo("Reader 1"));
        given().queryParam("query", "mutation { register(name: \"x\", email: \"y\") { id } }")
                .get("/graphql")
                .then()
                .statusCode(405)
                .header("Allow", "POST")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        assertEquals(1, requestsToSubgraphs(), "the refused mutation reached no subgraph");
    }

    /** The GraphQL-over-HTTP media type: a request refused before execution is 4xx. */
    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    private static RequestSpecification graphqlResponse() {
        return given().contentType(ContentType.JSON).accept(GRAPHQL_RESPONSE);
    }

    @Test
    void validationErrorsAre400WithLocations() {
        graphqlResponse()
                .body(Map.of("query", "{\n  books { internalCode } }"))
                .post("/graphql")
                .then()
                .statusCode(400)
                .contentType(GRAPHQL_RESPONSE + "; charset=utf-8")
                .body("errors[0].message", containsString("internalCode"))
                .body("errors[0].locations[0].line", equalTo(2))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("data", nullValue());
        graphqlResponse()
                .body(Map.of("query", "{ books { "))
                .post("/graphql")
                .then()
                .statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        graphqlResponse()
                .body(Map.of(
                        "query",
                        "query($n: Int!) { latestReviews(first: $n) { id } }",
                        "variables",
                        Map.of("n", "many")))
                .post("/graphql")
                .then()
                .statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        assertEquals(0, requestsToSubgraphs());
    }

    @Test
    void limitsAreRefusedBeforeAnySubgraphCall() {
        String deep =
                "{ latestReviews { author { favouriteBook { reviews { author { favouriteBook { reviews { book { title } } } } } } } } }";
        graphqlResponse()
                .body(Map.of("query", deep))
                .post("/graphql")
                .then()
                .statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.limit", equalTo("maxDepth"));
        String aliases = "{ a: me { id } b: me { id } c: me { id } d: me { id } e: me { id } f: me { id } }";
        graphqlResponse()
                .body(Map.of("query", aliases))
                .post("/graphql")
                .then()
                .statusCode(400)
                .body("errors[0].extensions.limit", equalTo("maxAliases"));
        graphqlResponse()
                .body(Map.of("query", OperationLimitsTest.doublingFragments(24)))
                .post("/graphql")
                .then()
                .statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.limit", equalTo("maxFields"))
                .body("errors[0].extensions.actual", equalTo(1 << 23));
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ me { id } }" + " ".repeat(5000)))
                .post("/graphql")
                .then()
                .statusCode(413)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        assertEquals(0, requestsToSubgraphs());
    }

    /**
     * Only application/json in UTF-8: a browser posts text/plain and form bodies to other origins
     * without a CORS preflight, and "text/plain; charset=json" used to pass a check for "json".
     */
    /**
     * 30 expensive fields in one request used to pass every limit and hold the subgraphs for all
     * other clients: an operation whose estimate exceeds max-cost (500 here) is refused before any
     * subgraph is asked, with the estimate; variables that size lists are priced per request.
     */
    @Test
    void operationsOverTheCostLimitAreRefusedWithTheirEstimate() {
        graphqlResponse()
                .body(Map.of("query", "{ books { reviews { author { favouriteBook { reviews { body } } } } } }"))
                .post("/graphql")
                .then()
                .statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.limit", equalTo("maxCost"))
                .body("errors[0].extensions.maximum", equalTo(500))
                .body("errors[0].extensions.cost", equalTo(1 + 10 * (1 + 10 * (3 + 10))))
                .body("data", nullValue());
        String page = "query($n: Int!) { latestReviews(first: $n) { id body } }";
        graphqlResponse()
                .body(Map.of("query", page, "variables", Map.of("n", 400)))
                .post("/graphql")
                .then()
                .statusCode(400)
                .body("errors[0].extensions.cost", equalTo(801));
        assertEquals(0, requestsToSubgraphs());
        given().contentType(ContentType.JSON)
                .body(Map.of("query", page, "variables", Map.of("n", 2)))
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("data.latestReviews", hasSize(2));
    }

    /** A POST with exactly this Content-Type (none when null), which REST Assured would rewrite. */
    private HttpResponse<String> postAs(String contentType, String body) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(graphql.toURI()).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void postAcceptsOnlyJsonInUtf8() throws Exception {
        String body = "{\"query\": \"{ __typename }\"}";
        Collection<String> refused = Arrays.asList(
                "text/plain; charset=json",
                "text/plain",
                "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x",
                "application/json; charset=iso-8859-1",
                "application/json; charset",
                "application/jsonp",
                "application/graphql-response+json",
                null);
        for (String type : refused) {
            HttpResponse<String> response = postAs(type, body);
            assertEquals(415, response.statusCode(), type);
            assertTrue(response.body().contains("\"code\":\"BAD_USER_INPUT\""), response.body());
        }
        for (String type :
                List.of("application/json", "Application/JSON; Charset=\"UTF-8\"", "application/json;charset=utf-8")) {
            HttpResponse<String> response = postAs(type, body);
            assertEquals(200, response.statusCode(), type);
            assertEquals("{\"data\":{\"__typename\":\"Query\"}}", response.body());
        }
        assertEquals(0, requestsToSubgraphs());
    }

    /** Headers and half a body, then nothing: the connection is closed after the body timeout (1 s here). */
    @Test
    void aBodyThatNeverFinishesLosesItsConnection() throws Exception {
        try (Socket socket = new Socket(graphql.getHost(), graphql.getPort())) {
            socket.getOutputStream()
                    .write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                                    + "Content-Length: 100\r\n\r\n{\"query\": \"{ __typ")
                            .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            socket.setSoTimeout(3_000);
            int read;
            try {
                read = socket.getInputStream().read();
            } catch (SocketException reset) {
                read = -1;
            }
            assertEquals(-1, read, "closed within three times the body timeout, without an answer");
        }
    }

    @Test
    void queryPlanOnRequestByHeaderOrExtension() {
        String plan = given().contentType(ContentType.JSON)
                .header("Entente-Query-Plan", "true")
                .body(Map.of("query", "{ latestReviews(first: 3) { author { name } } }"))
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("data.latestReviews", hasSize(3))
                .extract()
                .path("extensions.queryPlan");
        assertTrue(plan.startsWith("QueryPlan {\n  Sequence {\n    Fetch(service: \"reviews\")"), plan);
        assertTrue(plan.contains("Flatten(path: \"latestReviews.@.author\")"), plan);
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ me { id } }", "extensions", Map.of("queryPlan", true)))
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("extensions.queryPlan", containsString("Fetch(service: \"accounts\")"));
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ me { id } }"))
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("extensions", nullValue());
    }

    @Test
    void authorizationIsForwardedAndIntrospectionStaysLocal() {
        given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer abc")
                .body(Map.of("query", "{ latestReviews(first: 1) { author { name } } }"))
                .post("/graphql")
                .then()
                .statusCode(200);
        assertEquals(
                "Bearer abc", BookshopResource.shop().reviews.received().get(0).authorization());
        assertEquals(
                "Bearer abc", BookshopResource.shop().accounts.received().get(0).authorization());
        BookshopResource.shop().reset();
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ __schema { queryType { name } types { name } } }"))
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("data.__schema.queryType.name", equalTo("Query"));
        assertEquals(0, requestsToSubgraphs());
    }

    @Test
    void slowSubgraphGivesPartialDataWithSubgraphUnavailable() {
        FixtureServer inventory = BookshopResource.shop().inventory;
        inventory.delay(3_000);
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ book(id: \"b1\") { title stock } }"))
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("data.book.title", equalTo("Book 1"))
                .body("data.book.stock", nullValue())
                .body("errors[0].message", equalTo("Subgraph inventory is unavailable: timed out"))
                .body("errors[0].extensions.code", equalTo("SUBGRAPH_UNAVAILABLE"))
                .body("errors[0].extensions.serviceName", equalTo("inventory"));
    }

    @Test
    void metricsCountRequestsPerSubgraph() {
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ books { id } }"))
                .post("/graphql")
                .then()
                .statusCode(200);
        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(
                metrics.lines()
                        .anyMatch(l -> l.startsWith("entente_gateway_subgraph_requests_seconds_count")
                                && l.contains("subgraph=\"catalog\"")
                                && l.contains("outcome=\"success\"")),
                metrics);
        assertTrue(
                metrics.lines()
                        .anyMatch(l -> l.startsWith("entente_gateway_subgraph_breaker_state{")
                                && l.contains("subgraph=\"catalog\"")
                                && l.endsWith(" 0.0")),
                "the catalog's circuit breaker is closed: " + metrics);
    }

    @Test
    void corsFollowsConfiguration() {
        given().header("Origin", "http://explorer.test")
                .header("Access-Control-Request-Method", "POST")
                .options("/graphql")
                .then()
                .header("Access-Control-Allow-Origin", "http://explorer.test");
        given().header("Origin", "http://elsewhere.test")
                .contentType(ContentType.JSON)
                .body(Map.of("query", "{ __typename }"))
                .post("/graphql")
                .then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void theApplicationsIdeIsServedAtGraphiql() {
        given().get("/graphiql")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .header("Cache-Control", "no-cache")
                .body(containsString("an application's GraphQL IDE"));
    }

    @Test
    void otherMethodsAre405WithACode() {
        for (String method : List.of("PUT", "DELETE", "PATCH")) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("query", "{ __typename }"))
                    .request(method, "/graphql")
                    .then()
                    .statusCode(405)
                    .header("Allow", "GET, POST")
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        }
    }

    /**
     * A client that takes only application/json (or anything, or says nothing) is a legacy client:
     * the specification asks for 200 for every well-formed request, refused or not; what went wrong
     * is in the errors.
     */
    @Test
    void legacyJsonClientsGet200ForRefusedRequests() {
        for (String accept : List.of("application/json", "*/*")) {
            given().contentType(ContentType.JSON)
                    .accept(accept)
                    .body(Map.of("query", "{ books { internalCode } }"))
                    .post("/graphql")
                    .then()
                    .statusCode(200)
                    .contentType("application/json; charset=utf-8")
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("data", nullValue());
        }
        HttpResponse<String> noAccept =
                send(HttpRequest.newBuilder(URI.create(graphql + "?query=%7B%20books%20%7B%20x%20%7D%20%7D")));
        assertEquals(200, noAccept.statusCode());
        assertTrue(noAccept.body().contains("\"BAD_USER_INPUT\""), noAccept.body());
        given().contentType(ContentType.JSON)
                .accept(GRAPHQL_RESPONSE + ", application/json;q=0.5")
                .body(Map.of("query", "{ books { internalCode } }"))
                .post("/graphql")
                .then()
                .statusCode(400)
                .contentType(GRAPHQL_RESPONSE + "; charset=utf-8");
        given().accept("text/html")
                .queryParam("query", "{ me { id } }")
                .get("/graphql")
                .then()
                .statusCode(406)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        assertEquals(0, requestsToSubgraphs());
    }

    /**
     * An error-free GET answer for anyone may be cached for get-cache-max-age (30 s by default);
     * one with errors, or for a caller with credentials, must not be stored anywhere.
     */
    @Test
    void onlyErrorFreeAnonymousGetAnswersMayBeCached() {
        given().queryParam("query", "{ me { name } }")
                .get("/graphql")
                .then()
                .statusCode(200)
                .header("Cache-Control", "public, max-age=30")
                .header("Vary", "Accept, Authorization");
        given().header("Authorization", "Bearer abc")
                .queryParam("query", "{ me { name } }")
                .get("/graphql")
                .then()
                .statusCode(200)
                .body("data.me.name", equalTo("Reader 1"))
                .header("Cache-Control", "private, no-store");
        given().accept(GRAPHQL_RESPONSE)
                .queryParam("query", "{ me { nickname } }")
                .get("/graphql")
                .then()
                .statusCode(400)
                .header("Cache-Control", "private, no-store");
        BookshopResource.shop().inventory.delay(3_000);
        given().queryParam("query", "{ book(id: \"b1\") { title stock } }")
                .get("/graphql")
                .then()
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("SUBGRAPH_UNAVAILABLE"))
                .header("Cache-Control", "private, no-store");
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ me { name } }"))
                .post("/graphql")
                .then()
                .statusCode(200)
                .header("Cache-Control", nullValue());
    }

    /** A document of the manifest (persisted/bookshop-documents.json), by documentId or APQ hash, POST or GET. */
    @Test
    void persistedDocumentsRunByIdOrHash() {
        String id = "sha256:" + sha256("query Book($id: ID!) { book(id: $id) { title } }");
        given().contentType(ContentType.JSON)
                .body(Map.of("documentId", id, "variables", Map.of("id", "b2")))
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("data.book.title", equalTo("Book 2"));
        given().queryParam("documentId", id)
                .queryParam("variables", "{\"id\": \"b1\"}")
                .get("/graphql")
                .then()
                .statusCode(200)
                .header("Cache-Control", "public, max-age=30")
                .body("data.book.title", equalTo("Book 1"));
        given().contentType(ContentType.JSON)
                .body(Map.of("variables", Map.of("id", "b3"), "extensions", apq(id.substring("sha256:".length()))))
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("data.book.title", equalTo("Book 3"));
    }

    @Test
    void anUnknownPersistedDocumentIsPersistedQueryNotFound() {
        String unknown = sha256("{ books { title } }");
        graphqlResponse()
                .body(Map.of("documentId", "sha256:" + unknown))
                .post("/graphql")
                .then()
                .statusCode(404)
                .body("errors[0].message", equalTo("PersistedQueryNotFound"))
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
        given().contentType(ContentType.JSON)
                .body(Map.of("extensions", apq(unknown)))
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("errors[0].message", equalTo("PersistedQueryNotFound"))
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"))
                .body("data", nullValue());
        assertEquals(0, requestsToSubgraphs());
    }

    /**
     * Apollo's automatic persisted queries: the hash alone misses, the text with its hash runs and
     * is kept, then the hash alone runs it. A hash that is not the text's is refused, and a document
     * the gateway refuses is not kept.
     */
    @Test
    void automaticPersistedQueriesAreRegisteredOnceAccepted() {
        String query = "{ books { id title } }";
        String hash = sha256(query);
        given().contentType(ContentType.JSON)
                .body(Map.of("extensions", apq(hash)))
                .post("/graphql")
                .then()
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
        given().contentType(ContentType.JSON)
                .body(Map.of("query", query, "extensions", apq(hash)))
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("data.books[0].id", equalTo("b1"));
        given().contentType(ContentType.JSON)
                .body(Map.of("extensions", apq(hash.toUpperCase(java.util.Locale.ROOT))))
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("data.books[0].title", equalTo("Book 1"));
        graphqlResponse()
                .body(Map.of("query", "{ books { id } }", "extensions", apq(hash)))
                .post("/graphql")
                .then()
                .statusCode(400)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_HASH_MISMATCH"));
        String invalid = "{ books { internalCode } }";
        graphqlResponse()
                .body(Map.of("query", invalid, "extensions", apq(sha256(invalid))))
                .post("/graphql")
                .then()
                .statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        graphqlResponse()
                .body(Map.of("extensions", apq(sha256(invalid))))
                .post("/graphql")
                .then()
                .statusCode(404)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
    }

    static Map<String, Object> apq(String sha256Hex) {
        return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", sha256Hex));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
