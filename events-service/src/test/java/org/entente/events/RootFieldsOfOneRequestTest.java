package org.entente.events;

import static org.entente.events.Fixtures.*;
import static org.entente.subgraph.testing.GraphQLClient.*;
import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.entente.subgraph.testing.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

/**
 * Two root fields in one request — as a gateway sends them when it batches two entity fetches to
 * this service — each with fields loaded in batches: their database work shares the request's
 * persistence context and must never run at the same time (it did: "This statement has been closed",
 * "canceling statement due to user request").
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(FakeActorsServiceResource.class)
class RootFieldsOfOneRequestTest {

    private static final String TWO_ROOTS = "query($events: [_Any!]!, $statements: [_Any!]!) {"
            + " _0: _entities(representations: $events) { ... on Event { id title sources { id url }"
            + " participants { actor { id } role } statements { id } } }"
            + " _1: _entities(representations: $statements) { ... on Statement { id text event { id }"
            + " source { id url } about { id } } } }";

    @TestHTTPResource("/graphql")
    URI graphql;

    @Inject
    AgroalDataSource database;

    /**
     * Requests to this service run side by side, not one at a time per event loop: SmallRye's
     * blocking resolvers queued on the event loop's ordered task queue (a request's duplicated
     * context shares it) ran at most one resolver per event loop at once, and under load requests
     * waited seconds. While a lock holds the event table, more requests than there are event loops
     * must be waiting on it in PostgreSQL at the same time.
     */
    @Test
    void requestsRunSideBySideNotOneAtATimePerEventLoop() throws Exception {
        long event = event("Side by side", "2011-03-01", "");
        int requests = 12;
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(graphql)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ event(id: " + event + ") { title } }\"}"))
                .build();
        ExecutorService clients = Executors.newFixedThreadPool(requests);
        try (Connection locker = database.getConnection();
                Connection observer = database.getConnection()) {
            locker.setAutoCommit(false);
            locker.createStatement().execute("LOCK TABLE event IN ACCESS EXCLUSIVE MODE");
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                answers.add(clients.submit(() -> client.send(request, HttpResponse.BodyHandlers.ofString())));
            }
            int waiting = 0;
            long deadline = System.nanoTime() + 15_000_000_000L;
            while (waiting < requests && System.nanoTime() < deadline) {
                Thread.sleep(100);
                try (var rows = observer.createStatement()
                        .executeQuery("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                                + " AND query ILIKE '%from event%'")) {
                    rows.next();
                    waiting = rows.getInt(1);
                }
            }
            locker.rollback();
            assertEquals(requests, waiting, "requests waiting on the lock at the same time");
            for (Future<HttpResponse<String>> answer : answers) {
                String body = answer.get().body();
                assertTrue(body.contains("Side by side") && !body.contains("errors"), body);
            }
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void concurrentRequestsWithTwoEntityBatchesEachAnswerWithoutErrors() throws Exception {
        long actor = FakeActors.knownActor();
        long other = FakeActors.knownActor();
        List<Long> events = new ArrayList<>();
        List<Long> statements = new ArrayList<>();
        long source = source();
        for (int e = 0; e < 10; e++) {
            events.add(event(
                    "Two roots " + e,
                    "2011-02-" + String.format("%02d", e + 1),
                    ", participants: [{actorId: " + actor + ", role: HOST}, {actorId: " + other
                            + ", role: PARTICIPANT}]"));
            statements.add(Long.parseLong(ok(write("mutation { recordStatement(input: {kind: QUOTE, text: \"Two roots "
                            + e + "\", speakerId: " + actor + ", aboutIds: [" + other + "], sourceId: " + source
                            + ", eventId: " + events.get(e) + "}) { id } }"))
                    .getString("data.recordStatement.id")));
        }
        Map<String, Object> variables = Map.of(
                "events", Representations.of("Event", events).get("representations"),
                "statements", Representations.of("Statement", statements).get("representations"));
        ObjectMapper json = new ObjectMapper();
        String body = json.writeValueAsString(Map.of("query", TWO_ROOTS, "variables", variables));
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(graphql)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();

        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<JsonNode>> answers = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                answers.add(
                        clients.submit(() -> json.readTree(client.send(request, HttpResponse.BodyHandlers.ofString())
                                .body())));
            }
            int failed = 0;
            String firstError = null;
            for (Future<JsonNode> answer : answers) {
                JsonNode response = answer.get();
                if (response.has("errors")) {
                    failed++;
                    firstError = firstError == null ? response.get("errors").toString() : firstError;
                } else {
                    assertEquals(10, response.path("data").path("_0").size());
                    assertEquals(
                            2,
                            response.path("data")
                                    .path("_0")
                                    .path(0)
                                    .path("participants")
                                    .size());
                    assertEquals(
                            events.get(3).toString(),
                            response.path("data")
                                    .path("_1")
                                    .path(3)
                                    .path("event")
                                    .path("id")
                                    .asText());
                }
            }
            assertEquals(0, failed, "requests with errors, the first: " + firstError);
        } finally {
            clients.shutdownNow();
        }
    }
}
