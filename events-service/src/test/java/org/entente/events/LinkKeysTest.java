package org.entente.events;

import static org.entente.events.Fixtures.event;
import static org.entente.events.Fixtures.source;
import static org.entente.events.Representations.ENTITIES_QUERY;
import static org.entente.subgraph.testing.GraphQLClient.ok;
import static org.entente.subgraph.testing.GraphQLClient.send;
import static org.entente.subgraph.testing.GraphQLClient.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.entente.subgraph.testing.EmbeddedPostgresResource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Actor.linkKeysOfEvents: the links of the events and statements Actor.events and
 * Actor.statements/statementsAbout list, as keys, deleted ones left out, in a fixed number of
 * statements.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(FakeActorsServiceResource.class)
class LinkKeysTest {

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void keysLinkTheActorToTheOtherParticipantsAndToTheOtherEndsOfItsStatements() {
        long a = FakeActors.knownActor();
        long b = FakeActors.knownActor();
        long c = FakeActors.knownActor();
        long d = FakeActors.knownActor();
        long met = event("Keyed meeting", "2010-03", participants(a, "PARTICIPANT", b, "HOST"));
        event("Keyed summit", "2020", participants(a, "PARTICIPANT", c, "PARTICIPANT"));
        long deletedEvent = event("Keyed deleted meeting", "2011", participants(a, "PARTICIPANT", d, "HOST"));
        ok(write("mutation($e: ID!) { deleteEvent(id: $e) { id } }", "e", deletedEvent));
        long byA = statement(a, "2015", b, a);
        long aboutA = statement(c, null, a);
        statement(null, "2016", a);
        long deletedStatement = statement(a, "2017", d);
        ok(write("mutation($s: ID!) { deleteStatement(id: $s) { id } }", "s", deletedStatement));

        JsonPath result = keys("to: \"2015\"", a, b);
        assertEquals(
                List.of(
                        "EVENT:" + met + ":" + a + ":PARTICIPANT:" + b + ":HOST",
                        "STATEMENT:" + byA + ":" + a + ":" + b + ":2015",
                        "STATEMENT:" + aboutA + ":" + c + ":" + a + ":"),
                keysOf(result, 0));
        assertFalse(result.getBoolean("data._entities[0].linkKeysOfEvents.truncated"));
        assertEquals(
                List.of(
                        "EVENT:" + met + ":" + b + ":HOST:" + a + ":PARTICIPANT",
                        "STATEMENT:" + byA + ":" + a + ":" + b + ":2015"),
                keysOf(result, 1));

        // first: 1 reads one event, one statement by and one about each actor, and says there are more
        JsonPath firstOnly = keys("first: 1", a);
        assertEquals(
                List.of(
                        "EVENT:" + met + ":" + a + ":PARTICIPANT:" + b + ":HOST",
                        "STATEMENT:" + byA + ":" + a + ":" + b + ":2015"),
                keysOf(firstOnly, 0));
        assertTrue(firstOnly.getBoolean("data._entities[0].linkKeysOfEvents.truncated"));

        // among: only the links to those actors, of the same events and statements
        assertEquals(
                List.of("STATEMENT:" + aboutA + ":" + c + ":" + a + ":"),
                keysOf(keys("to: \"2015\", among: [\"" + c + "\", \"not-an-id\"]", a), 0),
                "to c only: the statement c made about a (the summit of 2020 is after 2015)");
        assertEquals(
                List.of(
                        "EVENT:" + met + ":" + b + ":HOST:" + a + ":PARTICIPANT",
                        "STATEMENT:" + byA + ":" + a + ":" + b + ":2015"),
                keysOf(keys("among: [\"" + a + "\"]", b), 0),
                "b's links to a: as a participant and as a subject");
        assertEquals(List.of(), keysOf(keys("among: []", a), 0), "among nobody: no link");

        // among with first: the links of the first facts only, and whether there were more
        JsonPath firstToB = keys("first: 1, among: [\"" + b + "\"]", a);
        assertEquals(
                List.of(
                        "EVENT:" + met + ":" + a + ":PARTICIPANT:" + b + ":HOST",
                        "STATEMENT:" + byA + ":" + a + ":" + b + ":2015"),
                keysOf(firstToB, 0));
        assertTrue(firstToB.getBoolean("data._entities[0].linkKeysOfEvents.truncated"));
        JsonPath firstToC = keys("first: 1, among: [\"" + c + "\"]", a);
        assertEquals(
                List.of(),
                keysOf(firstToC, 0),
                "the summit with c is a's second event and c's statement the second about a: read to tell there are"
                        + " more, never linked");
        assertTrue(firstToC.getBoolean("data._entities[0].linkKeysOfEvents.truncated"));
    }

    @Test
    void anActorWithoutEventsOrStatementsHasNoKeys() {
        // its three pages (events, statements by, statements about) are equal empty maps: the check
        // whether any page was cut short once put them in a Set.of, which refuses equal elements
        long alone = FakeActors.knownActor();
        JsonPath result = keys("first: 5", alone);
        assertEquals(List.of(), keysOf(result, 0));
        assertFalse(result.getBoolean("data._entities[0].linkKeysOfEvents.truncated"));
    }

    @Test
    void theKeysOfFortyActorsTakeSixStatements() {
        List<Long> actors =
                LongStream.range(0, 40).mapToObj(i -> FakeActors.knownActor()).toList();
        for (int i = 0; i < 40; i += 2) {
            event("Keyed pair " + i, "2001", participants(actors.get(i), "HOST", actors.get(i + 1), "PARTICIPANT"));
            statement(actors.get(i), "2002", actors.get(i + 1));
        }
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        JsonPath result = keys("", actors.toArray(Long[]::new));
        assertEquals(40, result.getList("data._entities").size());
        assertEquals(2, keysOf(result, 39).size());
        // ids of the events, of the statements by and about the actors; participants, speakers, subjects
        assertEquals(6, statistics.getPrepareStatementCount());
        // the 40 participations and the 20 statements' subjects are the only entities read: no event, no statement
        assertEquals(40 + 20, statistics.getEntityLoadCount());
    }

    @Test
    void theKeysAmongFortyActorsTakeThreeStatementsAndReadNoEntity() {
        List<Long> actors =
                LongStream.range(0, 40).mapToObj(i -> FakeActors.knownActor()).toList();
        long outsider = FakeActors.knownActor();
        for (int i = 0; i < 40; i += 2) {
            event(
                    "Keyed trio " + i,
                    "2003",
                    ", participants: [{actorId: " + actors.get(i) + ", role: HOST}, {actorId: " + actors.get(i + 1)
                            + ", role: PARTICIPANT}, {actorId: " + outsider + ", role: TARGET}]");
            statement(actors.get(i), "2004", actors.get(i + 1), outsider);
        }
        String among = actors.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(", ", "among: [", "]"));
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        JsonPath result = keys(among, actors.toArray(Long[]::new));
        assertEquals(40, result.getList("data._entities").size());
        // the events, the statements by and those about the actors, each with the others' part in them
        assertEquals(3, statistics.getPrepareStatementCount());
        assertEquals(0, statistics.getEntityLoadCount());
        for (int i = 0; i < 40; i += 2) {
            List<String> host = keysOf(result, i);
            assertEquals(2, host.size(), "the event and the statement, not the outsider's part in them: " + host);
            assertTrue(
                    host.get(0).matches("EVENT:\\d+:" + actors.get(i) + ":HOST:" + actors.get(i + 1) + ":PARTICIPANT"));
            assertTrue(host.get(1).matches("STATEMENT:\\d+:" + actors.get(i) + ":" + actors.get(i + 1) + ":2004"));
            assertEquals(2, keysOf(result, i + 1).size());
        }
    }

    /** The keys of the {@code index}th actor of the answer: one string, split at its spaces. */
    private static List<String> keysOf(JsonPath response, int index) {
        String keys = response.getString("data._entities[" + index + "].linkKeysOfEvents.keys");
        return keys.isEmpty() ? List.of() : List.of(keys.split(" "));
    }

    private static String participants(long first, String firstRole, long second, String secondRole) {
        return ", participants: [{actorId: " + first + ", role: " + firstRole + "}, {actorId: " + second + ", role: "
                + secondRole + "}]";
    }

    /** A statement by {@code speaker} (null: unattributed) about {@code about}. */
    private static long statement(Long speaker, String date, long... about) {
        String aboutIds =
                String.join(", ", LongStream.of(about).mapToObj(Long::toString).toList());
        return Long.parseLong(ok(write("mutation { recordStatement(input: {kind: "
                        + (speaker == null ? "ASSESSMENT" : "QUOTE") + ", text: \"Keyed statement\""
                        + (speaker == null ? "" : ", speakerId: " + speaker)
                        + (date == null ? "" : ", date: \"" + date + "\"")
                        + ", aboutIds: [" + aboutIds + "], sourceId: " + source() + "}) { id } }"))
                .getString("data.recordStatement.id"));
    }

    private static JsonPath keys(String arguments, Long... actors) {
        String field = arguments.isEmpty() ? "linkKeysOfEvents" : "linkKeysOfEvents(" + arguments + ")";
        return ok(send(
                null,
                ENTITIES_QUERY.formatted("... on Actor { id " + field + " { keys truncated } }"),
                Representations.of("Actor", List.of(actors))));
    }
}
