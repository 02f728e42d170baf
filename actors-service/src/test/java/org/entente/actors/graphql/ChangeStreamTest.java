package org.entente.actors.graphql;

import static io.restassured.RestAssured.given;
import static org.entente.subgraph.testing.GraphQLClient.ok;
import static org.entente.subgraph.testing.GraphQLClient.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.entente.actors.Fixtures;
import org.entente.subgraph.testing.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

/**
 * The service's change stream ({@code GET /changes}, subgraph-support's ChangeFeed) over real HTTP
 * and PostgreSQL: every committed write, through GraphQL or straight into the database, is an
 * event; a rolled-back one is none; a client that comes back learns whether it missed anything.
 * And the Cache-Control header that lets gateways keep its entity answers.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ChangeStreamTest {

    private static final String CREATE = "mutation($input: ActorInput!) { createActor(input: $input) { id } }";

    @TestHTTPResource("/changes")
    URI changes;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    private record Event(String id, String name, String data) {}

    /** One open stream, its events read on a thread of their own. */
    private final class Stream implements AutoCloseable {
        final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        final HttpResponse<java.util.stream.Stream<String>> response;

        Stream(String lastEventId) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(changes).header("Accept", "text/event-stream");
            if (lastEventId != null) {
                request.header("Last-Event-ID", lastEventId);
            }
            response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofLines());
            Thread reader = new Thread(() -> {
                String id = null;
                String name = null;
                String data = null;
                Iterator<String> lines = response.body().iterator();
                while (hasNext(lines)) {
                    String line = lines.next();
                    if (line.isEmpty()) {
                        if (name != null) {
                            events.add(new Event(id, name, data));
                        }
                        id = name = data = null;
                    } else if (line.startsWith("id: ")) {
                        id = line.substring(4);
                    } else if (line.startsWith("event: ")) {
                        name = line.substring(7);
                    } else if (line.startsWith("data: ")) {
                        data = line.substring(6);
                    }
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        /** False once the test closed the stream, which ends the reading. */
        private static boolean hasNext(Iterator<String> lines) {
            try {
                return lines.hasNext();
            } catch (UncheckedIOException closed) {
                return false;
            }
        }

        Event next() throws InterruptedException {
            Event event = events.poll(10, TimeUnit.SECONDS);
            assertTrue(event != null, "an event within ten seconds");
            return event;
        }

        @Override
        public void close() {
            response.body().close();
        }
    }

    private void sql(String statement, boolean commit) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
                Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            sql.executeUpdate(statement);
            if (commit) {
                connection.commit();
            } else {
                connection.rollback();
            }
        }
    }

    @Test
    void everyCommittedWriteIsAnEventAndARolledBackOneIsNone() throws Exception {
        try (Stream stream = new Stream(null)) {
            assertEquals(200, stream.response.statusCode());
            assertEquals(
                    "text/event-stream",
                    stream.response.headers().firstValue("Content-Type").orElse(""));
            Event first = stream.next();
            assertEquals("reset", first.name(), "a client without a last id cannot know what it missed");
            ok(write(CREATE, "input", Fixtures.actorInput(Fixtures.uniqueHandle("s"), "STATE", "Streamed")));
            // The same transaction wrote the change's history: announced too, in the same event or the one
            // before it.
            Event created = stream.next();
            while (!tables(created).contains("actor")) {
                created = stream.next();
            }
            assertEquals("change", created.name());
            sql(TOUCH_NEWEST_ACTOR, false); // rolled back: nothing to hear
            sql("DELETE FROM position WHERE false", true); // committed, but changed no row: nothing to hear
            // The duplicate checks' tables are silent (entente.entity-cache.silent-tables): no Actor answer
            // reads them, and the background checks write them every few seconds after a large load.
            sql("DELETE FROM duplicate_check_pending", true);
            sql("INSERT INTO duplicate_check_pending (actor_id) SELECT max(id) FROM actor", true);
            sql(
                    "INSERT INTO duplicate_candidate (a_id, b_id, score, same_name, alias_overlap, name_similar,"
                            + " same_country, different_country) SELECT min(id), max(id), 0.9, true, false, false, false, false"
                            + " FROM actor",
                    true);
            sql("DELETE FROM duplicate_candidate", true);
            sql(TOUCH_NEWEST_ACTOR, true); // straight into the database
            Event direct = stream.next();
            assertEquals("actor", direct.data());
            assertEquals(
                    sequence(created) + 1,
                    sequence(direct),
                    "neither the rolled-back, the empty nor the silent tables' writes were an event");
            assertNull(stream.events.poll(300, TimeUnit.MILLISECONDS));
        }
    }

    /** The tables a change event names (one event may stand for several notices). */
    private static List<String> tables(Event event) {
        return List.of(event.data().split(","));
    }

    /** Changes one row (the newest actor) without changing anything a reader would see. */
    private static final String TOUCH_NEWEST_ACTOR =
            "UPDATE actor SET name = name WHERE id = (SELECT max(id) FROM actor)";

    @Test
    void aClientThatComesBackLearnsWhetherItMissedAWrite() throws Exception {
        String last;
        try (Stream stream = new Stream(null)) {
            stream.next();
            // An actor for TOUCH_NEWEST_ACTOR to change; its announcements (its history's and its own) are
            // heard before the last id is taken.
            ok(write(CREATE, "input", Fixtures.actorInput(Fixtures.uniqueHandle("s"), "STATE", "Touched")));
            Event heard = stream.next();
            while (!tables(heard).contains("actor")) {
                heard = stream.next();
            }
            last = heard.id();
        }
        try (Stream again = new Stream(last)) {
            assertEquals("ready", again.next().name(), "nothing was written since");
        }
        try (Stream watcher = new Stream(null)) {
            watcher.next();
            sql(TOUCH_NEWEST_ACTOR, true);
            assertEquals("change", watcher.next().name(), "the write was heard"); // it is announced after commit
        }
        try (Stream again = new Stream(last)) {
            Event first = again.next();
            assertEquals("reset", first.name(), "a write came between");
            assertNotEquals(last, first.id());
        }
        try (Stream unknown = new Stream("another-epoch-3")) {
            assertEquals("reset", unknown.next().name());
        }
    }

    @Test
    void entityAndLookupAnswersMayBeKeptAndEverythingElseNot() {
        String entities = "query($r: [_Any!]!) { _entities(representations: $r) { ... on Actor { name } } }";
        assertEquals(
                "public, max-age=60",
                given().contentType("application/json")
                        .body(Map.of(
                                "query",
                                entities,
                                "variables",
                                Map.of("r", java.util.List.of(Map.of("__typename", "Actor", "id", "1")))))
                        .post("/graphql")
                        .then()
                        .statusCode(200)
                        .extract()
                        .header("Cache-Control"));
        assertEquals(
                "public, max-age=60",
                given().contentType("application/json")
                        .body(Map.of(
                                "query", "query($id: ID!) { actor(id: $id) { name } }", "variables", Map.of("id", "1")))
                        .post("/graphql")
                        .then()
                        .statusCode(200)
                        .extract()
                        .header("Cache-Control"),
                "a lookup by id is the same for every caller");
        assertEquals(
                "no-store",
                given().contentType("application/json")
                        .body(Map.of("query", "{ actors(first: 1) { nodes { name } } }"))
                        .post("/graphql")
                        .then()
                        .extract()
                        .header("Cache-Control"));
    }

    private static long sequence(Event event) {
        return Long.parseLong(event.id().substring(event.id().lastIndexOf('-') + 1));
    }
}
