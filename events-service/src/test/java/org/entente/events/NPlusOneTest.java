package org.entente.events;

import static org.entente.events.Fixtures.*;
import static org.entente.events.Representations.ENTITIES_QUERY;
import static org.entente.subgraph.testing.GraphQLClient.*;
import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.entente.subgraph.testing.EmbeddedPostgresResource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Batched resolution: the number of SQL statements a request costs does not grow with the
 * number of actors or events in it (Hibernate statistics count every prepared statement).
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(FakeActorsServiceResource.class)
class NPlusOneTest {
    private static final int ACTORS = 50;
    private static final int EVENTS = 20;

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void fiftyActorsWithEventsAndStatementsCostAFixedNumberOfStatements() {
        List<Long> actors = LongStream.range(0, ACTORS)
                .mapToObj(i -> FakeActors.knownActor())
                .toList();
        for (int e = 0; e < EVENTS; e++) {
            // five participants per event: every actor takes part in exactly two events
            int first = e * 5;
            String participants = LongStream.range(0, 5)
                    .mapToObj(k -> actors.get((int) ((first + k) % ACTORS)))
                    .map(id -> "{actorId: " + id + ", role: PARTICIPANT}")
                    .collect(Collectors.joining(", "));
            event(
                    "Batch event " + e,
                    "2010-01-" + String.format("%02d", e + 1),
                    ", participants: [" + participants + "]");
        }
        long source = source();
        for (int s = 0; s < 10; s++) {
            ok(write("mutation { recordStatement(input: {kind: QUOTE, text: \"Statement " + s + "\", speakerId: "
                    + actors.get(s) + ", aboutIds: [" + actors.get(s + 1) + "], sourceId: " + source + "}) { id } }"));
        }
        String selection = "... on Actor { id "
                + "events(first: 2) { totalCount pageInfo { hasNextPage } edges { cursor node { id title "
                + "participants { actor { id } role } sources { id url } } } } "
                + "statements { totalCount edges { node { text about { id } } } } "
                + "statementsAbout { totalCount edges { node { id } } } }";

        Statistics statistics = statistics();
        JsonPath result = ok(send(null, ENTITIES_QUERY.formatted(selection), Representations.of("Actor", actors)));
        long statements = statistics.getPrepareStatementCount();

        List<Object> entities = result.getList("data._entities");
        assertEquals(ACTORS, entities.size());
        for (int i = 0; i < ACTORS; i++) {
            String actor = "data._entities[" + i + "]";
            assertEquals(2, result.getInt(actor + ".events.totalCount"), actor);
            assertEquals(2, result.getList(actor + ".events.edges").size(), actor);
            assertEquals(
                    5,
                    result.getList(actor + ".events.edges[0].node.participants").size(),
                    actor);
            assertEquals(
                    1, result.getList(actor + ".events.edges[0].node.sources").size(), actor);
            assertEquals(i < 10 ? 1 : 0, result.getInt(actor + ".statements.totalCount"), actor);
            assertEquals(i >= 1 && i <= 10 ? 1 : 0, result.getInt(actor + ".statementsAbout.totalCount"), actor);
        }
        assertEquals(
                List.of(String.valueOf(actors.get(1))),
                result.getList("data._entities[0].statements.edges[0].node.about.id"));
        // events: keys, counts, rows, participants, sources = 5; statements: keys, counts, rows, about = 4;
        // statementsAbout: keys, counts, rows = 3. One per actor would be at least 150.
        assertEquals(12, statements, "SQL statements for " + ACTORS + " actors");
    }

    @Test
    void aPageOfEventsWithParticipantsSourcesAndStatementsCostsAFixedNumberOfStatements() {
        long actor = FakeActors.knownActor();
        long other = FakeActors.knownActor();
        List<Long> events = new ArrayList<>();
        for (int e = 0; e < EVENTS; e++) {
            events.add(event(
                    "Page event " + e,
                    "2011",
                    ", participants: [{actorId: " + actor + ", role: HOST}, {actorId: " + other + ", role: TARGET}]"));
        }
        long source = source();
        for (long event : events.subList(0, 5)) {
            ok(write("mutation { recordStatement(input: {kind: ASSESSMENT, text: \"At " + event + "\", eventId: "
                    + event + ", sourceId: " + source + "}) { id } }"));
        }
        Statistics statistics = statistics();
        JsonPath result = ok(
                read(
                        "{ events(actor: " + actor + ", first: " + EVENTS + ") { totalCount edges { node { id "
                                + "participants { actor { id } role } sources { id title } statements { id text source { id } } } } } }"));
        long statements = statistics.getPrepareStatementCount();

        assertEquals(EVENTS, result.getInt("data.events.totalCount"));
        assertEquals(
                events.stream().map(String::valueOf).toList(),
                result.getList("data.events.edges.node.id"),
                "same date: id order");
        assertEquals(List.of("HOST", "TARGET"), result.getList("data.events.edges[19].node.participants.role"));
        assertEquals(1, result.getList("data.events.edges[19].node.sources").size());
        assertEquals(1, result.getList("data.events.edges[0].node.statements").size());
        assertEquals(0, result.getList("data.events.edges[19].node.statements").size());
        // keys, count, rows, participants, sources, statements, statements' sources = 7; N+1 would be over 60.
        assertEquals(7, statements, "SQL statements for a page of " + EVENTS + " events");

        statistics = statistics();
        JsonPath uncounted =
                ok(read("{ events(actor: " + actor + ", first: " + EVENTS + ") { edges { node { id } } } }"));
        assertEquals(events.stream().map(String::valueOf).toList(), uncounted.getList("data.events.edges.node.id"));
        assertEquals(
                2, statistics.getPrepareStatementCount(), "without totalCount nothing is counted: keys and rows only");
    }

    /** The relations subgraph's fact batches: a page of each of an actor's three lists. */
    private static final String FACTS = "... on Actor { id "
            + "events(first: 100) { totalCount edges { node { id title participants { actor { id } role } sources { id } } } } "
            + "statements(first: 100) { totalCount edges { node { id speaker { id } about { id } source { id } } } } "
            + "statementsAbout(first: 100) { totalCount edges { node { id speaker { id } about { id } source { id } } } } }";

    @Test
    void aBatchWhoseAnswerCouldExhaustTheHeapIsRefusedBeforeAnyQuery() {
        List<Long> actors =
                LongStream.range(0, 200).mapToObj(i -> FakeActors.knownActor()).toList();
        Statistics statistics = statistics();
        String message = errorCode(
                send(null, ENTITIES_QUERY.formatted(FACTS), Representations.of("Actor", actors)), "BAD_USER_INPUT");
        assertTrue(message.contains("more than 50000 objects"), message);
        assertEquals(0, statistics.getPrepareStatementCount());

        // the gateway reads 25 actors per operation (gateway relations/FactsQuery)
        JsonPath batch =
                ok(send(null, ENTITIES_QUERY.formatted(FACTS), Representations.of("Actor", actors.subList(0, 25))));
        assertEquals(25, batch.getList("data._entities").size());
    }

    private Statistics statistics() {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        return statistics;
    }
}
