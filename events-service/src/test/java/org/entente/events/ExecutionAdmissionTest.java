package org.entente.events;

import static org.entente.events.Fixtures.*;
import static org.entente.subgraph.testing.GraphQLClient.*;
import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.entente.subgraph.testing.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

/**
 * The service runs at most entente.subgraph.max-concurrent-operations operations at once (here 3)
 * and lets the others wait their turn for at most entente.subgraph.admission-wait (here 2 s). With
 * the event table locked, 8 concurrent reads: exactly 3 wait in PostgreSQL — not 8 (no bound),
 * not 1 or 2 (one per event loop, as the services ran before) — the other 5 are refused as
 * SUBGRAPH_UNAVAILABLE once their wait is over, the 3 answer when the lock goes, and the turns are
 * all given back.
 */
@QuarkusTest
@TestProfile(ExecutionAdmissionTest.ThreeAtOnce.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(FakeActorsServiceResource.class)
class ExecutionAdmissionTest {
    private static final int REQUESTS = 8;
    static final int AT_ONCE = 3;

    public static class ThreeAtOnce implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "entente.subgraph.max-concurrent-operations",
                    String.valueOf(AT_ONCE),
                    "entente.subgraph.admission-wait",
                    "2s");
        }
    }

    @TestHTTPResource("/graphql")
    URI graphql;

    @Inject
    DataSource database;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void operationsBeyondTheBoundWaitTheirTurnAndAreRefusedWhenItDoesNotCome() throws Exception {
        long event = event("Admission " + uniqueWord(), "2012-03-04", "");
        String body = json.writeValueAsString(Map.of("query", "{ event(id: " + event + ") { id title } }"));

        List<CompletableFuture<JsonNode>> answers = new ArrayList<>();
        // The count comes from a connection of its own: within the locking transaction PostgreSQL
        // would answer every count from the snapshot of pg_stat_activity it took first.
        try (Connection lock = database.getConnection();
                Connection watch = database.getConnection();
                Statement sql = watch.createStatement()) {
            LockWaits.lockEventTable(lock);
            for (int i = 0; i < REQUESTS; i++) {
                answers.add(post(body));
            }
            assertEquals(AT_ONCE, LockWaits.settledAt(sql, AT_ONCE), "operations waiting in PostgreSQL");

            List<CompletableFuture<JsonNode>> refused = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (refused.size() < REQUESTS - AT_ONCE && System.nanoTime() < deadline) {
                refused = answers.stream().filter(CompletableFuture::isDone).toList();
                Thread.sleep(50);
            }
            assertEquals(REQUESTS - AT_ONCE, refused.size(), "operations refused while the others held their turns");
            for (CompletableFuture<JsonNode> answer : refused) {
                JsonNode error = answer.get().path("errors").path(0);
                assertEquals(
                        "SUBGRAPH_UNAVAILABLE",
                        error.path("extensions").path("code").asText(),
                        error.toString());
                assertTrue(answer.get().path("data").path("event").isMissingNode()
                        || answer.get().path("data").path("event").isNull());
            }
            assertEquals(AT_ONCE, LockWaits.settledAt(sql, AT_ONCE), "still waiting in PostgreSQL, no more");
            lock.rollback();
        }

        int answered = 0;
        for (CompletableFuture<JsonNode> answer : answers) {
            JsonNode response = answer.get(30, TimeUnit.SECONDS);
            if (!response.has("errors")) {
                assertEquals(
                        String.valueOf(event),
                        response.path("data").path("event").path("id").asText());
                answered++;
            }
        }
        assertEquals(AT_ONCE, answered, "operations answered once the lock was gone");
        for (int i = 0; i < 2 * AT_ONCE; i++) {
            JsonNode again = post(body).get(10, TimeUnit.SECONDS);
            assertFalse(again.has("errors"), "every turn was given back: " + again);
        }
    }

    private CompletableFuture<JsonNode> post(String body) {
        HttpRequest request = HttpRequest.newBuilder(graphql)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
            try {
                return json.readTree(response.body());
            } catch (Exception e) {
                throw new IllegalStateException(response.body(), e);
            }
        });
    }
}
