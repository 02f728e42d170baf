package org.entente.events;

import static org.entente.events.Fixtures.event;
import static org.entente.events.Fixtures.source;
import static org.entente.subgraph.testing.GraphQLClient.errorCode;
import static org.entente.subgraph.testing.GraphQLClient.ok;
import static org.entente.subgraph.testing.GraphQLClient.read;
import static org.entente.subgraph.testing.GraphQLClient.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entente.subgraph.testing.EmbeddedPostgresResource;
import org.entente.subgraph.testing.Tokens;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Every write of events, statements and sources is recorded with who, when, which mutation, why,
 * and the values before and after, in the transaction of the write; read back through
 * {@code history} and {@code eventChanges}. Each test writes as an editor of its own.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(FakeActorsServiceResource.class)
class HistoryTest {
    private static final String CHANGE = "id by mutation entityType entityId before after reason";
    private static final String FEED = "query($by: String, $types: [ChangedEntity]) {"
            + " eventChanges(by: $by, types: $types) { edges { node { " + CHANGE + " } } } }";

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void recordsEveryEventChangeWithItsParticipantsAndSources() {
        String editor = editor();
        String token = Tokens.editor(editor);
        long source = source();
        long iran = FakeActors.knownActor();
        long russia = FakeActors.knownActor();
        String id = ok(send(
                        token,
                        "mutation($s: ID!, $a: ID!) { recordEvent(input: {type: MEETING, title: \"Summit\","
                                + " date: \"2022-09\", sourceIds: [$s], participants: [{actorId: $a, role: HOST}]},"
                                + " reason: \"TASS report\") { id } }",
                        "s",
                        source,
                        "a",
                        iran))
                .getString("data.recordEvent.id");
        ok(send(
                token,
                "mutation($e: ID!, $a: ID!) { addParticipant(eventId: $e, actorId: $a, role: PARTICIPANT) { id } }",
                "e",
                id,
                "a",
                russia));
        ok(send(
                token,
                "mutation($e: ID!, $a: ID!) { removeParticipant(eventId: $e, actorId: $a, role: HOST,"
                        + " reason: \"was a guest\") { id } }",
                "e",
                id,
                "a",
                iran));
        ok(send(
                token,
                "mutation($e: ID!, $s: ID!) { updateEvent(id: $e, version: 2, input: {type: OTHER, title: \"SCO summit\","
                        + " date: \"2022-09-16\", sourceIds: [$s]}) { version } }",
                "e",
                id,
                "s",
                source));

        List<Map<String, Object>> changes = ok(read(
                        "query($e: ID!) { event(id: $e) { history { edges { node { " + CHANGE + " } } } } }", "e", id))
                .getList("data.event.history.edges.node");
        assertEquals(
                List.of("updateEvent", "removeParticipant", "addParticipant", "recordEvent"),
                changes.stream().map(c -> c.get("mutation")).toList());
        Map<String, Object> recorded = changes.get(3);
        assertEquals(editor, recorded.get("by"));
        assertEquals("EVENT", recorded.get("entityType"));
        assertEquals("TASS report", recorded.get("reason"));
        assertNull(recorded.get("before"));
        Map<String, Object> first = json(recorded.get("after"));
        assertEquals("Summit", first.get("title"));
        assertEquals("2022-09", first.get("date"));
        assertEquals(List.of(Map.of("actorId", (int) iran, "role", "HOST")), first.get("participants"));
        assertEquals(List.of((int) source), first.get("sourceIds"));
        assertEquals(
                List.of(
                        Map.of("actorId", (int) iran, "role", "HOST"),
                        Map.of("actorId", (int) russia, "role", "PARTICIPANT")),
                json(changes.get(2).get("after")).get("participants"));
        assertEquals("was a guest", changes.get(1).get("reason"));
        assertEquals(
                List.of(Map.of("actorId", (int) russia, "role", "PARTICIPANT")),
                json(changes.get(1).get("after")).get("participants"));
        Map<String, Object> updated = json(changes.get(0).get("after"));
        assertEquals("OTHER", updated.get("type"));
        assertEquals("2022-09-16", updated.get("date"));
        assertEquals(json(changes.get(1).get("after")).get("participants"), updated.get("participants"));
    }

    @Test
    void recordsStatementsAndSourcesAndFiltersTheFeedByKind() {
        String editor = editor();
        String token = Tokens.editor(editor);
        long speaker = FakeActors.knownActor();
        String source = ok(send(
                        token,
                        "mutation($u: String) { addSource(input: {title: \"TASS\", url: $u}, reason: \"primary\") { id } }",
                        "u",
                        "https://tass.example/" + UUID.randomUUID()))
                .getString("data.addSource.id");
        String statement = ok(send(
                        token,
                        "mutation($s: ID!, $p: ID) { recordStatement(input: {kind: QUOTE, text: \"We welcome Iran\","
                                + " speakerId: $p, sourceId: $s}) { id version } }",
                        "s",
                        source,
                        "p",
                        speaker))
                .getString("data.recordStatement.id");
        ok(send(
                token,
                "mutation($id: ID!, $s: ID!, $p: ID) { updateStatement(id: $id, version: 0, input: {kind: QUOTE,"
                        + " text: \"We welcome Iran as a member\", speakerId: $p, sourceId: $s}, reason: \"full quote\")"
                        + " { id } }",
                "id",
                statement,
                "s",
                source,
                "p",
                speaker));

        List<Map<String, Object>> all = ok(read(FEED, "by", editor)).getList("data.eventChanges.edges.node");
        assertEquals(
                List.of("updateStatement", "recordStatement", "addSource"),
                all.stream().map(c -> c.get("mutation")).toList());
        assertEquals("primary", all.get(2).get("reason"));
        assertEquals("TASS", json(all.get(2).get("after")).get("title"));
        assertEquals("We welcome Iran", json(all.get(0).get("before")).get("text"));
        assertEquals(
                "We welcome Iran as a member", json(all.get(0).get("after")).get("text"));

        List<Map<String, Object>> sources =
                ok(read(FEED, "by", editor, "types", List.of("SOURCE"))).getList("data.eventChanges.edges.node");
        assertEquals(
                List.of(source), sources.stream().map(c -> c.get("entityId")).toList());
        assertEquals(
                List.of("updateStatement", "recordStatement"),
                ok(read(
                                "query($r: [_Any!]!) { _entities(representations: $r) { ... on Statement { history { edges { node { mutation } } } } } }",
                                "r",
                                List.of(Map.of("__typename", "Statement", "id", statement))))
                        .getList("data._entities[0].history.edges.node.mutation"));
        assertEquals(
                List.of("addSource"),
                ok(read(
                                "query($r: [_Any!]!) { _entities(representations: $r) { ... on Source { history { edges { node { mutation } } } } } }",
                                "r",
                                List.of(Map.of("__typename", "Source", "id", source))))
                        .getList("data._entities[0].history.edges.node.mutation"));
    }

    @Test
    void aRefusedWriteLeavesNoHistory() {
        String editor = editor();
        String token = Tokens.editor(editor);
        long source = source();
        String tooLong = "x".repeat(1001);
        // refused after the event, its participants and sources were inserted
        errorCode(
                send(
                        token,
                        "mutation($s: ID!, $r: String) { recordEvent(input: {type: MEETING, title: \"Refused\","
                                + " sourceIds: [$s]}, reason: $r) { id } }",
                        "s",
                        source,
                        "r",
                        tooLong),
                "BAD_USER_INPUT");
        long id = event("Kept", "2024", "");
        // refused after the participants were replaced and the version raised
        errorCode(
                send(
                        token,
                        "mutation($e: ID!, $s: ID!, $a: ID!, $r: String) { updateEvent(id: $e, version: 0, input: {type: VISIT,"
                                + " title: \"Changed\", sourceIds: [$s], participants: [{actorId: $a, role: TARGET}]}, reason: $r) { id } }",
                        "e",
                        id,
                        "s",
                        source,
                        "a",
                        FakeActors.knownActor(),
                        "r",
                        tooLong),
                "BAD_USER_INPUT");
        // refused before anything was written
        errorCode(
                send(
                        token,
                        "mutation($e: ID!, $a: ID!) { addParticipant(eventId: $e, actorId: $a, role: HOST) { id } }",
                        "e",
                        id,
                        "a",
                        FakeActors.unknownActor()),
                "BAD_USER_INPUT");
        errorCode(
                send(
                        token,
                        "mutation($e: ID!) { removeParticipant(eventId: $e, actorId: 1, role: HOST) { id } }",
                        "e",
                        id),
                "NOT_FOUND");

        assertEquals(List.of(), ok(read(FEED, "by", editor)).getList("data.eventChanges.edges"));
        JsonPath kept = ok(read(
                "query($e: ID!) { event(id: $e) { title version participants { role } history { edges { node { mutation } } } } }",
                "e",
                id));
        assertEquals("Kept", kept.getString("data.event.title"));
        assertEquals(0, kept.getInt("data.event.version"));
        assertEquals(List.of(), kept.getList("data.event.participants"));
        assertEquals(List.of("recordEvent"), kept.getList("data.event.history.edges.node.mutation"));
    }

    @Test
    void theHistoriesOfAPageOfEventsCostTheSameStatementsWhateverItsSize() {
        String word = Fixtures.uniqueWord();
        for (int i = 0; i < 12; i++) {
            event(word + " " + i, "2020-01-" + (10 + i), "");
        }
        assertEquals(statementsForPage(word, 3), statementsForPage(word, 12));
    }

    private long statementsForPage(String word, int size) {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        JsonPath page = ok(read(
                "query($q: String, $n: Int) { events(search: $q, first: $n) { edges { node { id"
                        + " history { edges { node { mutation } } } } } } }",
                "q",
                word,
                "n",
                size));
        assertEquals(size, page.getList("data.events.edges").size());
        for (int i = 0; i < size; i++) {
            assertEquals(
                    List.of("recordEvent"),
                    page.getList("data.events.edges[" + i + "].node.history.edges.node.mutation"));
        }
        return statistics.getPrepareStatementCount();
    }

    private static Map<String, Object> json(Object text) {
        return JsonPath.from((String) text).getMap("");
    }

    private static String editor() {
        return "editor-" + UUID.randomUUID();
    }
}
