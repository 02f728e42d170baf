package org.entente.events;

import static org.entente.events.Fixtures.source;
import static org.entente.events.Fixtures.uniqueWord;
import static org.entente.subgraph.testing.GraphQLClient.errorCode;
import static org.entente.subgraph.testing.GraphQLClient.ok;
import static org.entente.subgraph.testing.GraphQLClient.read;
import static org.entente.subgraph.testing.GraphQLClient.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entente.subgraph.testing.EmbeddedPostgresResource;
import org.entente.subgraph.testing.Tokens;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Deleting and restoring events and statements through the API: a deleted fact leaves every read
 * (root fields, lists, per-actor lists and their counts, search, {@code _entities}), stays in its
 * history with the editor's reason, and comes back when restored. Each test writes as an editor of
 * its own, so that the feed {@code eventChanges(by:)} shows exactly its changes.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(FakeActorsServiceResource.class)
class DeletionTest {
    private static final String CHANGE = "mutation entityType entityId before after reason";
    private static final String ACTOR_LISTS = "query($r: [_Any!]!) { _entities(representations: $r) {"
            + " ... on Actor { events(first: 50) { totalCount edges { node { id } } }"
            + " statements(first: 50) { totalCount edges { node { id } } }"
            + " statementsAbout(first: 50) { totalCount edges { node { id } } } } } }";
    private static final String SEARCH = "query($q: String) { events(search: $q) { totalCount edges { node { id } } }"
            + " statements(search: $q) { totalCount edges { node { id } } } }";

    @Inject
    EntityManager em;

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void aDeletedStatementLeavesEveryReadAndComesBackWhenRestored() {
        String editor = editor();
        String token = Tokens.editor(editor);
        String word = uniqueWord();
        long speaker = FakeActors.knownActor();
        long subject = FakeActors.knownActor();
        long event = event(token, word, speaker);
        String statement = statement(token, word, speaker, subject, event);
        String other = statement(token, word + " other", speaker, subject, null);

        assertReads(word, speaker, subject, event, List.of(statement, other), true);

        JsonPath deleted = ok(send(
                token,
                "mutation($s: ID!) { deleteStatement(id: $s, reason: \"misattributed\") { " + CHANGE + " } }",
                "s",
                statement));
        Map<String, Object> change = deleted.getMap("data.deleteStatement");
        assertEquals("deleteStatement", change.get("mutation"));
        assertEquals("STATEMENT", change.get("entityType"));
        assertEquals(statement, change.get("entityId"));
        assertEquals("misattributed", change.get("reason"));
        assertEquals(false, json(change.get("before")).get("deleted"));
        assertEquals(true, json(change.get("after")).get("deleted"));
        assertEquals(word + " said", json(change.get("after")).get("text"));

        assertReads(word, speaker, subject, event, List.of(other), true);
        assertCountsMatchLiveRows(speaker);
        assertCountsMatchLiveRows(subject);

        // deleting again, or restoring what is live, is NOT_FOUND and records nothing
        errorCode(send(token, "mutation($s: ID!) { deleteStatement(id: $s) { id } }", "s", statement), "NOT_FOUND");
        errorCode(send(token, "mutation($s: ID!) { restoreStatement(id: $s) { id } }", "s", other), "NOT_FOUND");
        errorCode(
                send(
                        token,
                        "mutation($s: ID!) { updateStatement(id: $s, version: 1, input: {kind: QUOTE, text: \"x\","
                                + " speakerId: 1, sourceId: 1}) { id } }",
                        "s",
                        statement),
                "NOT_FOUND");

        assertEquals(
                "restoreStatement",
                ok(send(
                                token,
                                "mutation($s: ID!) { restoreStatement(id: $s, reason: \"checked again\") { mutation } }",
                                "s",
                                statement))
                        .getString("data.restoreStatement.mutation"));
        assertReads(word, speaker, subject, event, List.of(statement, other), true);
        assertCountsMatchLiveRows(speaker);
        assertCountsMatchLiveRows(subject);
        assertEquals(
                List.of(
                        "restoreStatement STATEMENT " + statement,
                        "deleteStatement STATEMENT " + statement,
                        "recordStatement STATEMENT " + other,
                        "recordStatement STATEMENT " + statement,
                        "recordEvent EVENT " + event),
                feed(editor));
    }

    @Test
    void aDeletedEventTakesItsStatementsAlongAndBringsBackOnlyThose() {
        String editor = editor();
        String token = Tokens.editor(editor);
        String word = uniqueWord();
        long speaker = FakeActors.knownActor();
        long subject = FakeActors.knownActor();
        long event = event(token, word, speaker);
        String withEvent = statement(token, word, speaker, subject, event);
        String deletedBefore = statement(token, word + " earlier", speaker, subject, event);
        ok(send(token, "mutation($s: ID!) { deleteStatement(id: $s) { id } }", "s", deletedBefore));

        JsonPath deleted = ok(send(
                token,
                "mutation($e: ID!) { deleteEvent(id: $e, reason: \"never happened\") { " + CHANGE + " } }",
                "e",
                event));
        assertEquals("EVENT", deleted.getString("data.deleteEvent.entityType"));
        assertEquals(true, json(deleted.getString("data.deleteEvent.after")).get("deleted"));
        assertReads(word, speaker, subject, event, List.of(), false);
        assertNull(
                ok(read("query($e: ID!) { event(id: $e) { id } }", "e", event)).get("data.event"));
        assertCountsMatchLiveRows(speaker);
        assertCountsMatchLiveRows(subject);

        // a deleted event takes no writes, and no statement can name it
        errorCode(
                send(
                        token,
                        "mutation($e: ID!, $a: ID!) { addParticipant(eventId: $e, actorId: $a, role: HOST) { id } }",
                        "e",
                        event,
                        "a",
                        subject),
                "NOT_FOUND");
        errorCode(
                send(
                        token,
                        "mutation($e: ID!, $a: ID!, $s: ID!) { recordStatement(input: {kind: QUOTE, text: \"late\","
                                + " speakerId: $a, eventId: $e, sourceId: $s}) { id } }",
                        "e",
                        event,
                        "a",
                        speaker,
                        "s",
                        source()),
                "BAD_USER_INPUT");
        errorCode(send(token, "mutation($s: ID!) { restoreStatement(id: $s) { id } }", "s", withEvent), "CONFLICT");
        errorCode(send(token, "mutation($e: ID!) { deleteEvent(id: $e) { id } }", "e", event), "NOT_FOUND");

        ok(send(token, "mutation($e: ID!) { restoreEvent(id: $e, reason: \"it did\") { id } }", "e", event));
        // the statement deleted on its own before stays deleted
        assertReads(word, speaker, subject, event, List.of(withEvent), true);
        assertCountsMatchLiveRows(speaker);
        assertCountsMatchLiveRows(subject);
        assertEquals(
                List.of(
                        "restoreEvent STATEMENT " + withEvent,
                        "restoreEvent EVENT " + event,
                        "deleteEvent STATEMENT " + withEvent,
                        "deleteEvent EVENT " + event,
                        "deleteStatement STATEMENT " + deletedBefore,
                        "recordStatement STATEMENT " + deletedBefore,
                        "recordStatement STATEMENT " + withEvent,
                        "recordEvent EVENT " + event),
                feed(editor));
        assertEquals(
                Arrays.asList("it did", "never happened", null),
                ok(read(
                                "query($s: ID!) { statements(speaker: $s) { edges { node { history { edges { node { reason } } } } } } }",
                                "s",
                                speaker))
                        .getList("data.statements.edges[0].node.history.edges.node.reason"));
    }

    @Test
    void aRefusedDeletionChangesNothing() {
        String editor = editor();
        String token = Tokens.editor(editor);
        String word = uniqueWord();
        long speaker = FakeActors.knownActor();
        long subject = FakeActors.knownActor();
        long event = event(token, word, speaker);
        String statement = statement(token, word, speaker, subject, event);
        List<String> before = feed(editor);

        String[] mutations = {
            "mutation { deleteEvent(id: " + event + ") { id } }",
            "mutation { deleteStatement(id: " + statement + ") { id } }"
        };
        for (String mutation : mutations) {
            errorCode(read(mutation), "UNAUTHENTICATED");
            errorCode(send(Tokens.withGroups("reader"), mutation), "FORBIDDEN");
        }
        errorCode(send(token, "mutation { deleteEvent(id: 999999999) { id } }"), "NOT_FOUND");
        errorCode(send(token, "mutation { deleteStatement(id: 999999999) { id } }"), "NOT_FOUND");
        errorCode(send(token, "mutation { restoreEvent(id: 999999999) { id } }"), "NOT_FOUND");
        errorCode(
                send(
                        token,
                        "mutation($e: ID!, $r: String) { deleteEvent(id: $e, reason: $r) { id } }",
                        "e",
                        event,
                        "r",
                        "x".repeat(1001)),
                "BAD_USER_INPUT");

        assertReads(word, speaker, subject, event, List.of(statement), true);
        assertEquals(before, feed(editor));
    }

    /**
     * The history of a deletion is written in its transaction: when recording the change of a
     * statement the event takes along fails (after the event was marked, its link rows and counts
     * updated and its own change recorded), none of it stays.
     */
    @Test
    void aDeletionWhoseHistoryCannotBeWrittenLeavesNothingDeleted() {
        String editor = editor();
        String token = Tokens.editor(editor);
        String word = uniqueWord();
        long speaker = FakeActors.knownActor();
        long subject = FakeActors.knownActor();
        long event = event(token, word, speaker);
        String statement = statement(token, word, speaker, subject, event);
        String reason = "fails " + word;
        sql(
                "CREATE FUNCTION refuse_%s() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'history refused'; END $$"
                        .formatted(word));
        sql(("CREATE TRIGGER refuse_%1$s BEFORE INSERT ON change_log FOR EACH ROW"
                        + " WHEN (NEW.entity_type = 'STATEMENT' AND NEW.reason = '%2$s') EXECUTE FUNCTION refuse_%1$s()")
                .formatted(word, reason));
        try {
            errorCode(
                    send(
                            token,
                            "mutation($e: ID!, $r: String) { deleteEvent(id: $e, reason: $r) { id } }",
                            "e",
                            event,
                            "r",
                            reason),
                    "INTERNAL");
        } finally {
            sql("DROP TRIGGER refuse_%s ON change_log".formatted(word));
            sql("DROP FUNCTION refuse_%s()".formatted(word));
        }
        assertReads(word, speaker, subject, event, List.of(statement), true);
        assertCountsMatchLiveRows(speaker);
        assertCountsMatchLiveRows(subject);
        assertEquals(List.of("recordStatement STATEMENT " + statement, "recordEvent EVENT " + event), feed(editor));
    }

    @Test
    void revertingADeletionRestoresAndRevertingTheRestorationDeletesAgain() {
        String editor = editor();
        String token = Tokens.editor(editor);
        String word = uniqueWord();
        long speaker = FakeActors.knownActor();
        long subject = FakeActors.knownActor();
        long event = event(token, word, speaker);
        String statement = statement(token, word, speaker, subject, event);
        String deletion = ok(send(token, "mutation($e: ID!) { deleteEvent(id: $e) { id } }", "e", event))
                .getString("data.deleteEvent.id");

        String restoration = ok(send(
                        token, "mutation($c: ID!) { revertEventChange(changeId: $c) { id after } }", "c", deletion))
                .getString("data.revertEventChange.id");
        assertReads(word, speaker, subject, event, List.of(statement), true);

        ok(send(token, "mutation($c: ID!) { revertEventChange(changeId: $c) { id } }", "c", restoration));
        assertReads(word, speaker, subject, event, List.of(), false);
        // the deletion was undone, and done again since: reverting it again would undo that unseen
        errorCode(
                send(token, "mutation($c: ID!) { revertEventChange(changeId: $c) { id } }", "c", deletion), "CONFLICT");
        assertEquals(
                List.of(
                        "revertEventChange STATEMENT " + statement,
                        "revertEventChange EVENT " + event,
                        "revertEventChange STATEMENT " + statement,
                        "revertEventChange EVENT " + event,
                        "deleteEvent STATEMENT " + statement,
                        "deleteEvent EVENT " + event,
                        "recordStatement STATEMENT " + statement,
                        "recordEvent EVENT " + event),
                feed(editor));
    }

    /** A list with deleted rows costs the statements of one without: the deleted rows are skipped in the index walk. */
    @Test
    void listsWithDeletedRowsCostTheSameStatements() {
        String token = Tokens.editor(editor());
        String word = uniqueWord();
        long speaker = FakeActors.knownActor();
        long subject = FakeActors.knownActor();
        List<String> statements = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            statements.add(statement(token, word + " " + i, speaker, subject, null));
        }
        long clean = statementsFor(speaker, subject, statements);
        for (String deleted : List.of(statements.get(1), statements.get(4))) {
            ok(send(token, "mutation($s: ID!) { deleteStatement(id: $s) { id } }", "s", deleted));
        }
        List<String> live = List.of(statements.get(0), statements.get(2), statements.get(3), statements.get(5));
        assertEquals(clean, statementsFor(speaker, subject, live));
    }

    private long statementsFor(long speaker, long subject, List<String> expected) {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        JsonPath lists = ok(send(
                null,
                ACTOR_LISTS,
                Map.of(
                        "r",
                        Representations.of("Actor", List.of(speaker, subject)).get("representations"))));
        long count = statistics.getPrepareStatementCount();
        assertEquals(expected, lists.getList("data._entities[0].statements.edges.node.id"));
        assertEquals(expected.size(), lists.getInt("data._entities[0].statements.totalCount"));
        assertEquals(expected, lists.getList("data._entities[1].statementsAbout.edges.node.id"));
        assertEquals(expected.size(), lists.getInt("data._entities[1].statementsAbout.totalCount"));
        return count;
    }

    /** What every read shows of the event and the statements with this word. */
    private static void assertReads(
            String word, long speaker, long subject, long event, List<String> statements, boolean eventLive) {
        JsonPath lists = ok(send(
                null,
                ACTOR_LISTS,
                Map.of(
                        "r",
                        Representations.of("Actor", List.of(speaker, subject)).get("representations"))));
        JsonPath search = ok(read(SEARCH, "q", word));
        List<String> events = eventLive ? List.of(String.valueOf(event)) : List.of();
        assertEquals(events, lists.getList("data._entities[0].events.edges.node.id"));
        assertEquals(events.size(), lists.getInt("data._entities[0].events.totalCount"));
        assertEquals(events, search.getList("data.events.edges.node.id"), "search");
        assertEquals(events.size(), search.getInt("data.events.totalCount"));
        assertEquals(statements, lists.getList("data._entities[0].statements.edges.node.id"));
        assertEquals(statements.size(), lists.getInt("data._entities[0].statements.totalCount"));
        assertEquals(statements, lists.getList("data._entities[1].statementsAbout.edges.node.id"));
        assertEquals(statements.size(), lists.getInt("data._entities[1].statementsAbout.totalCount"));
        assertEquals(statements, search.getList("data.statements.edges.node.id"), "search");
        assertEquals(statements.size(), search.getInt("data.statements.totalCount"));
        JsonPath atEventPage =
                ok(read("query($e: ID!) { event(id: $e) { id statements { id } } }", "e", String.valueOf(event)));
        if (eventLive) {
            List<String> atEvent = atEventPage.getList("data.event.statements.id");
            assertEquals(statements.stream().filter(atEvent::contains).toList(), atEvent, "Event.statements");
        } else {
            assertNull(atEventPage.get("data.event"));
        }
        List<Map<String, Object>> representations = new ArrayList<>();
        representations.add(Map.of("__typename", "Event", "id", String.valueOf(event)));
        JsonPath entities = ok(send(
                null,
                "query($r: [_Any!]!) { _entities(representations: $r) { ... on Event { id } } }",
                Map.of("r", representations)));
        assertEquals(eventLive ? String.valueOf(event) : null, entities.getString("data._entities[0].id"));
    }

    private static long event(String token, String word, long participant) {
        return Long.parseLong(ok(send(
                        token,
                        "mutation($s: ID!, $a: ID!) { recordEvent(input: {type: MEETING, title: \"" + word
                                + " summit\","
                                + " date: \"2022-09\", sourceIds: [$s], participants: [{actorId: $a, role: HOST}]}) { id } }",
                        "s",
                        source(),
                        "a",
                        participant))
                .getString("data.recordEvent.id"));
    }

    private static String statement(String token, String word, long speaker, long subject, Long event) {
        return ok(send(
                        token,
                        "mutation($s: ID!, $a: ID!, $b: ID!, $e: ID) { recordStatement(input: {kind: QUOTE, text: \""
                                + word + " said\", date: \"2022-09\", speakerId: $a, aboutIds: [$b], eventId: $e,"
                                + " sourceId: $s}) { id } }",
                        "s",
                        source(),
                        "a",
                        speaker,
                        "b",
                        subject,
                        "e",
                        event))
                .getString("data.recordStatement.id");
    }

    /** This editor's changes, newest first, as "mutation TYPE id". */
    private static List<String> feed(String editor) {
        List<Map<String, Object>> changes = ok(read(
                        "query($by: String) { eventChanges(by: $by) { edges { node { mutation entityType entityId } } } }",
                        "by",
                        editor))
                .getList("data.eventChanges.edges.node");
        return changes.stream()
                .map(c -> c.get("mutation") + " " + c.get("entityType") + " " + c.get("entityId"))
                .toList();
    }

    /** The kept counts equal what counting the live rows gives. */
    private void assertCountsMatchLiveRows(long actor) {
        Object[] kept = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                        "SELECT coalesce(max(c.events), 0), coalesce(max(c.statements), 0), coalesce(max(c.statements_about), 0), "
                                + "(SELECT count(DISTINCT event_id) FROM event_participant WHERE actor_id = :a AND NOT deleted), "
                                + "(SELECT count(*) FROM statement WHERE speaker_id = :a AND NOT deleted), "
                                + "(SELECT count(*) FROM statement_about WHERE actor_id = :a AND NOT deleted) "
                                + "FROM (SELECT 1) one LEFT JOIN actor_counts c ON c.actor_id = :a")
                .setParameter("a", actor)
                .getSingleResult());
        assertEquals(((Number) kept[3]).longValue(), ((Number) kept[0]).longValue(), "events of " + actor);
        assertEquals(((Number) kept[4]).longValue(), ((Number) kept[1]).longValue(), "statements of " + actor);
        assertEquals(((Number) kept[5]).longValue(), ((Number) kept[2]).longValue(), "statements about " + actor);
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(statement).executeUpdate());
    }

    private static Map<String, Object> json(Object text) {
        return JsonPath.from((String) text).getMap("");
    }

    private static String editor() {
        return "editor-" + UUID.randomUUID();
    }
}
