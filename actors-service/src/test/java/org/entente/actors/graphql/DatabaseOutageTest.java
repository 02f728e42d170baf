package org.entente.actors.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.entente.actors.Fixtures;
import org.entente.subgraph.testing.EmbeddedPostgresResource;
import org.entente.subgraph.testing.HostileRequests.Request;
import org.entente.subgraph.testing.RawHttp;
import org.entente.subgraph.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * With its database gone, the service still answers every request as GraphQL: each error
 * SUBGRAPH_UNAVAILABLE (the data is out of reach, try again; not a bug) with a generic message, never the driver's "Connection to localhost:54321 refused" nor a class
 * name, in the message or in the extensions (subgraph-support's ErrorCodes).
 *
 * <p>A test profile of its own: the database is stopped for the rest of this Quarkus run, and the
 * next test class must start with a new one.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.Outage.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
class DatabaseOutageTest {
    /** Only to get a Quarkus run, and a database, of this test's own. */
    public static class Outage implements QuarkusTestProfile {}

    /** What the driver's and Hibernate's messages would tell: the database's host and port, SQL, their names. */
    private static final Pattern DRIVER_DETAIL = Pattern.compile(
            "localhost|127\\.0\\.0\\.1|:\\d{4,5}\\b|postgres|PSQL|hibernate|select |Connection",
            Pattern.CASE_INSENSITIVE);

    @TestHTTPResource("/graphql")
    URI endpoint;

    EmbeddedPostgresResource database;

    @Test
    void withoutItsDatabaseTheServiceAnswersWithACodeAndNoDetail() {
        String id = Fixtures.actor("PERSON", "Before The Outage");
        database.shutDown();

        String editor = "Bearer " + Tokens.editor();
        List<Map<String, Object>> requests = List.of(
                Map.of("query", "{ actor(id: \"" + id + "\") { name } }"),
                Map.of("query", "{ actors(first: 5) { edges { node { name memberships { id } } } } }"),
                Map.of(
                        "query",
                        "query($r: [_Any!]!) { _entities(representations: $r) { ... on Actor { name } } }",
                        "variables",
                        Map.of("r", List.of(Map.of("__typename", "Actor", "id", id)))),
                Map.of(
                        "query",
                        "mutation($input: ActorInput!) { createActor(input: $input) { id } }",
                        "variables",
                        Map.of("input", Fixtures.actorInput(Fixtures.uniqueHandle("outage"), "GROUP", "During"))));
        for (Map<String, Object> body : requests) {
            RawHttp.Response response = RawHttp.send(
                    endpoint,
                    new Request(
                            "outage",
                            "POST",
                            "application/json",
                            Map.of("Authorization", editor),
                            Json.encode(body).getBytes(StandardCharsets.UTF_8)));
            assertEquals(200, response.status(), response::toString);
            assertFalse(DRIVER_DETAIL.matcher(response.body()).find(), response::body);
            JsonArray errors = new JsonObject(response.body()).getJsonArray("errors");
            assertTrue(errors != null && !errors.isEmpty(), response::body);
            for (Object element : errors) {
                JsonObject error = (JsonObject) element;
                assertEquals(
                        "SUBGRAPH_UNAVAILABLE",
                        error.getJsonObject("extensions").getString("code"),
                        response::body);
                assertEquals(
                        "the service's data is unavailable at the moment: try again shortly",
                        error.getString("message"),
                        response::body);
                assertTrue(
                        Set.of("code", "classification")
                                .containsAll(error.getJsonObject("extensions").fieldNames()),
                        response::body);
            }
        }
    }
}
