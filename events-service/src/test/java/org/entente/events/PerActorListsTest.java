package org.entente.events;

import static org.entente.events.Fixtures.*;
import static org.entente.subgraph.testing.GraphQLClient.*;
import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.entente.subgraph.testing.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

/**
 * An actor's events, statements and statements about it are paged along copies of the sort key
 * in the link tables, and their totalCount comes from counts kept by triggers (migration V2).
 * These tests change the data every way the API allows and check that lists and counts follow.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(FakeActorsServiceResource.class)
class PerActorListsTest {
    private static final String LISTS = "events(first: %d) { totalCount edges { node { id } } } "
            + "statements(first: %<d) { totalCount edges { node { id } } } statementsAbout(first: %<d) { totalCount edges { node { id } } }";

    @Inject
    EntityManager em;

    @Test
    void anActorWithTwoRolesInOneEventCountsAndListsItOnce() {
        long actor = FakeActors.knownActor();
        long other = FakeActors.knownActor();
        long event = event(
                "Two roles",
                "2021-03",
                ", participants: [{actorId: " + actor + ", role: INITIATOR}, " + "{actorId: " + actor
                        + ", role: HOST}, {actorId: " + other + ", role: TARGET}]");
        assertEquals(List.of(event), eventIds(actor));
        assertEquals(1, lists(actor).getInt("events.totalCount"));

        ok(write("mutation { removeParticipant(eventId: " + event + ", actorId: " + actor + ", role: HOST) { id } }"));
        assertEquals(1, lists(actor).getInt("events.totalCount"), "one role left: still a participant");
        ok(write("mutation { removeParticipant(eventId: " + event + ", actorId: " + actor
                + ", role: INITIATOR) { id } }"));
        assertEquals(0, lists(actor).getInt("events.totalCount"));
        assertEquals(List.of(), eventIds(actor));
        ok(write("mutation { addParticipant(eventId: " + event + ", actorId: " + actor + ", role: TARGET) { id } }"));
        assertEquals(1, lists(actor).getInt("events.totalCount"));
        assertEquals(1, lists(other).getInt("events.totalCount"));
        assertCountsMatchRows(actor);
        assertCountsMatchRows(other);
    }

    @Test
    void changingAnEventsDateMovesItInEveryParticipantsList() {
        long actor = FakeActors.knownActor();
        String participant = ", participants: [{actorId: " + actor + ", role: PARTICIPANT}]";
        long early = event("Early", "2019", participant);
        long middle = event("Middle", "2020-06-01", participant);
        long late = event("Late", "2021", participant);
        assertEquals(List.of(early, middle, late), eventIds(actor));

        ok(write("mutation { updateEvent(id: " + early
                + ", version: 0, input: {type: MEETING, title: \"Early\", date: \"2022-01\", " + "sourceIds: ["
                + source() + "]" + participant + "}) { id } }"));
        assertEquals(List.of(middle, late, early), eventIds(actor));
        assertEquals(List.of(middle, late, early), eventIdsPageByPage(actor, 1), "cursors follow the same order");
        assertEquals(3, lists(actor).getInt("events.totalCount"));
        assertCountsMatchRows(actor);
    }

    @Test
    void statementCountsFollowNewSpeakersAndReplacedSubjects() {
        long speaker = FakeActors.knownActor();
        long newSpeaker = FakeActors.knownActor();
        long subject = FakeActors.knownActor();
        long newSubject = FakeActors.knownActor();
        long source = source();
        String later = statement(speaker, List.of(subject), "2024-02", source);
        String earlier = statement(speaker, List.of(subject, newSubject), "2023", source);
        assertEquals(2, lists(speaker).getInt("statements.totalCount"));
        assertEquals(List.of(earlier, later), lists(subject).getList("statementsAbout.edges.node.id"));
        assertEquals(1, lists(newSubject).getInt("statementsAbout.totalCount"));

        ok(write("mutation { updateStatement(id: " + later
                + ", version: 0, input: {kind: QUOTE, text: \"Moved\", speakerId: "
                + newSpeaker + ", date: \"2022\", aboutIds: [" + newSubject + "], sourceId: " + source
                + "}) { id } }"));
        assertEquals(1, lists(speaker).getInt("statements.totalCount"));
        assertEquals(List.of(later), lists(newSpeaker).getList("statements.edges.node.id"));
        assertEquals(List.of(earlier), lists(subject).getList("statementsAbout.edges.node.id"));
        assertEquals(1, lists(subject).getInt("statementsAbout.totalCount"));
        assertEquals(
                List.of(later, earlier),
                lists(newSubject).getList("statementsAbout.edges.node.id"),
                "2022 sorts before 2023");
        for (long actor : List.of(speaker, newSpeaker, subject, newSubject)) {
            assertCountsMatchRows(actor);
        }
    }

    @Test
    void theSameListsAnswerTheRootFieldsWithAnActorFilter() {
        long actor = FakeActors.knownActor();
        long source = source();
        List<String> expected = new ArrayList<>();
        for (int year = 2010; year < 2015; year++) {
            expected.add(statement(actor, List.of(actor), String.valueOf(year), source));
        }
        JsonPath about =
                ok(read("{ statements(about: " + actor + ", first: 3) { totalCount edges { node { id } } } }"));
        assertEquals(5, about.getInt("data.statements.totalCount"));
        assertEquals(expected.subList(0, 3), about.getList("data.statements.edges.node.id"));
        JsonPath bySpeaker = ok(read("{ statements(speaker: " + actor
                + ", from: \"2012\", first: 10) { totalCount edges { node { id } } } }"));
        assertEquals(
                3,
                bySpeaker.getInt("data.statements.totalCount"),
                "filtered lists are counted, not read from the kept counts");
        assertEquals(expected.subList(2, 5), bySpeaker.getList("data.statements.edges.node.id"));
    }

    @Test
    void linkRowsCannotBeMovedToAnotherActorBehindTheCountsBack() {
        long actor = FakeActors.knownActor();
        event("Guarded", "2020", ", participants: [{actorId: " + actor + ", role: PARTICIPANT}]");
        Exception refused = assertThrows(
                Exception.class,
                () -> io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                        .run(() -> em.createNativeQuery(
                                        "UPDATE event_participant SET actor_id = actor_id + 1 WHERE actor_id = "
                                                + actor)
                                .executeUpdate()));
        assertTrue(rootMessage(refused).contains("not moved"), rootMessage(refused));
        assertEquals(1, lists(actor).getInt("events.totalCount"));
    }

    private String statement(long speaker, List<Long> about, String date, long source) {
        return ok(write("mutation { recordStatement(input: {kind: QUOTE, text: \"Said " + uniqueWord()
                        + "\", speakerId: " + speaker + ", date: \"" + date + "\", aboutIds: " + about + ", sourceId: "
                        + source + "}) { id } }"))
                .getString("data.recordStatement.id");
    }

    private static JsonPath lists(long actor) {
        return ok(send(
                        null,
                        "query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Actor { "
                                + LISTS.formatted(50) + " } } }",
                        Representations.of("Actor", List.of(actor))))
                .setRootPath("data._entities[0]");
    }

    private static List<Long> eventIds(long actor) {
        return lists(actor).getList("events.edges.node.id", String.class).stream()
                .map(Long::valueOf)
                .toList();
    }

    private static List<Long> eventIdsPageByPage(long actor, int pageSize) {
        List<Long> ids = new ArrayList<>();
        String after = null;
        do {
            JsonPath page = ok(send(
                            null,
                            "query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Actor { events(first: "
                                    + pageSize + (after == null ? "" : ", after: \"" + after + "\"")
                                    + ") { pageInfo { hasNextPage endCursor } edges { node { id } } } } } }",
                            Representations.of("Actor", List.of(actor))))
                    .setRootPath("data._entities[0].events");
            page.getList("edges.node.id", String.class).forEach(id -> ids.add(Long.valueOf(id)));
            after = page.getBoolean("pageInfo.hasNextPage") ? page.getString("pageInfo.endCursor") : null;
        } while (after != null && ids.size() < 100);
        return ids;
    }

    /** The kept counts equal what counting the rows gives. */
    private void assertCountsMatchRows(long actor) {
        Object[] kept = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> (Object[]) em.createNativeQuery(
                                "SELECT coalesce(max(c.events), 0), coalesce(max(c.statements), 0), coalesce(max(c.statements_about), 0), "
                                        + "(SELECT count(DISTINCT event_id) FROM event_participant WHERE actor_id = :a), "
                                        + "(SELECT count(*) FROM statement WHERE speaker_id = :a), "
                                        + "(SELECT count(*) FROM statement_about WHERE actor_id = :a) "
                                        + "FROM (SELECT 1) one LEFT JOIN actor_counts c ON c.actor_id = :a")
                        .setParameter("a", actor)
                        .getSingleResult());
        assertEquals(((Number) kept[3]).longValue(), ((Number) kept[0]).longValue(), "events of " + actor);
        assertEquals(((Number) kept[4]).longValue(), ((Number) kept[1]).longValue(), "statements of " + actor);
        assertEquals(((Number) kept[5]).longValue(), ((Number) kept[2]).longValue(), "statements about " + actor);
    }

    private static String rootMessage(Throwable t) {
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }
}
