package org.entente.events;

import static org.entente.events.Fixtures.event;
import static org.entente.events.Fixtures.source;
import static org.entente.subgraph.testing.GraphQLClient.errorCode;
import static org.entente.subgraph.testing.GraphQLClient.ok;
import static org.entente.subgraph.testing.GraphQLClient.read;
import static org.entente.subgraph.testing.GraphQLClient.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.entente.subgraph.testing.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

/**
 * revertEventChange restores the values before a change of an event or statement as a new change,
 * participants and sources included, and is refused (CONFLICT, LATER_CHANGE) when a later change
 * touched the same fields.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(FakeActorsServiceResource.class)
class RevertTest {
    private static final String REVERT =
            "mutation($c: ID!) { revertEventChange(changeId: $c, reason: \"undo\") { mutation entityId reason } }";
    private static final String EVENT =
            "query($e: ID!) { event(id: $e) { title version participants { actor { id } role }"
                    + " history { edges { node { id mutation } } } } }";

    @Test
    void restoresARemovedParticipantAndTheTitleOfAnEvent() {
        long actor = FakeActors.knownActor();
        long id = event("Summit", "2022-09", ", participants: [{actorId: " + actor + ", role: HOST}]");
        ok(write(
                "mutation($e: ID!, $a: ID!) { removeParticipant(eventId: $e, actorId: $a, role: HOST) { id } }",
                "e",
                id,
                "a",
                actor));
        String removal = lastChange(id);
        ok(write(
                "mutation($e: ID!, $s: ID!) { updateEvent(id: $e, version: 1, input: {type: MEETING,"
                        + " title: \"SCO summit\", date: \"2022-09\", sourceIds: [$s]}) { id } }",
                "e",
                id,
                "s",
                source()));
        String retitle = lastChange(id);

        JsonPath reverted = ok(write(REVERT, "c", removal));
        assertEquals("revertEventChange", reverted.getString("data.revertEventChange.mutation"));
        assertEquals("undo", reverted.getString("data.revertEventChange.reason"));
        ok(write(REVERT, "c", retitle));

        JsonPath event = ok(read(EVENT, "e", id));
        assertEquals("Summit", event.getString("data.event.title"));
        assertEquals(
                List.of(Map.of("actor", Map.of("id", String.valueOf(actor)), "role", "HOST")),
                event.getList("data.event.participants"));
        assertEquals(4, event.getInt("data.event.version"));
        assertEquals(
                List.of("revertEventChange", "revertEventChange", "updateEvent", "removeParticipant", "recordEvent"),
                event.getList("data.event.history.edges.node.mutation"));
    }

    @Test
    void refusesARevertWhenALaterChangeTouchedTheSameFields() {
        long id = event("Visit", "2024-01", "");
        long source = source();
        String update = "mutation($e: ID!, $v: Int!, $t: String!, $s: ID!) { updateEvent(id: $e, version: $v,"
                + " input: {type: VISIT, title: $t, date: \"2024-01\", sourceIds: [$s]}) { id } }";
        ok(write(update, "e", id, "v", 0, "t", "State visit", "s", source));
        String first = lastChange(id);
        ok(write(update, "e", id, "v", 1, "t", "Official visit", "s", source));

        JsonPath refused = write(REVERT, "c", first);
        errorCode(refused, "CONFLICT");
        assertEquals("LATER_CHANGE", refused.getString("errors[0].extensions.reason"));
        JsonPath event = ok(read(EVENT, "e", id));
        assertEquals("Official visit", event.getString("data.event.title"));
        assertEquals(3, event.getList("data.event.history.edges").size());
    }

    @Test
    void revertsAStatementAndRefusesToRevertACreation() {
        long speaker = FakeActors.knownActor();
        long source = source();
        String statement = ok(write(
                        "mutation($p: ID, $s: ID!) { recordStatement(input: {kind: QUOTE, text: \"Yes\","
                                + " speakerId: $p, sourceId: $s}) { id } }",
                        "p",
                        speaker,
                        "s",
                        source))
                .getString("data.recordStatement.id");
        ok(write(
                "mutation($id: ID!, $p: ID, $s: ID!) { updateStatement(id: $id, version: 0, input: {kind: PARAPHRASE,"
                        + " text: \"Perhaps\", speakerId: $p, sourceId: $s}) { id } }",
                "id",
                statement,
                "p",
                speaker,
                "s",
                source));
        List<String> changes = ok(read(
                        "query($r: [_Any!]!) { _entities(representations: $r) { ... on Statement { history { edges { node { id } } } } } }",
                        "r",
                        List.of(Map.of("__typename", "Statement", "id", statement))))
                .getList("data._entities[0].history.edges.node.id");

        errorCode(write(REVERT, "c", changes.get(1)), "BAD_USER_INPUT");
        ok(write(REVERT, "c", changes.get(0)));
        JsonPath reverted = ok(read(
                "query($r: [_Any!]!) { _entities(representations: $r) { ... on Statement { kind text version } } }",
                "r",
                List.of(Map.of("__typename", "Statement", "id", statement))));
        assertEquals("QUOTE", reverted.getString("data._entities[0].kind"));
        assertEquals("Yes", reverted.getString("data._entities[0].text"));
        assertEquals(2, reverted.getInt("data._entities[0].version"));

        String sourceCreation = ok(read("{ eventChanges(types: [SOURCE], first: 1) { edges { node { id } } } }"))
                .getString("data.eventChanges.edges[0].node.id");
        errorCode(write(REVERT, "c", sourceCreation), "BAD_USER_INPUT");
        errorCode(write(REVERT, "c", "987654321"), "NOT_FOUND");
        errorCode(read(REVERT, "c", sourceCreation), "UNAUTHENTICATED");
    }

    private static String lastChange(long eventId) {
        return ok(read(
                        "query($e: ID!) { event(id: $e) { history(first: 1) { edges { node { id } } } } }",
                        "e",
                        eventId))
                .getString("data.event.history.edges[0].node.id");
    }
}
