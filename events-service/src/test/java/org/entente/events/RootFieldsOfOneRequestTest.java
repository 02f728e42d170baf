package org.entente.events;

import static org.entente.events.Fixtures.*;
import static org.entente.subgraph.testing.GraphQLClient.*;
import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
