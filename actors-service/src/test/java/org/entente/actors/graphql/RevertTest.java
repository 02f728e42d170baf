package org.entente.actors.graphql;

import static org.entente.subgraph.testing.GraphQLClient.errorCode;
import static org.entente.subgraph.testing.GraphQLClient.ok;
import static org.entente.subgraph.testing.GraphQLClient.read;
import static org.entente.subgraph.testing.GraphQLClient.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entente.actors.Fixtures;
import org.entente.subgraph.testing.EmbeddedPostgresResource;
import org.entente.subgraph.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * revertActorChange restores the values before a change as a new change, which can be reverted
 * in turn, and is refused (CONFLICT, LATER_CHANGE) when a later change touched the same fields.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class RevertTest {
    private static final String UPDATE = "mutation($id: ID!, $version: Int!, $input: ActorInput!) {"
            + " updateActor(id: $id, version: $version, input: $input) { version } }";
    private static final String REVERT = "mutation($c: ID!, $r: String) { revertActorChange(changeId: $c, reason: $r)"
            + " { id by mutation entityType entityId before after reason } }";
    private static final String HISTORY =
            "query($id: ID) { actor(id: $id) { name description version actorChanges { edges { node { id mutation } } } } }";

    @Test
    void revertsAChangeAsANewChangeThatCanBeRevertedInTurn() {
        String editor = "reviewer-" + UUID.randomUUID();
        String token = Tokens.editor(editor);
        Map<String, Object> input = Fixtures.actorInput(Fixtures.uniqueHandle("iran"), "STATE", "Iran");
        String id = ok(send(
                        token, "mutation($input: ActorInput!) { createActor(input: $input) { id } }", "input", input))
                .getString("data.createActor.id");
        input.put("name", "Persia");
        ok(send(token, UPDATE, "id", id, "version", 0, "input", input));
        String update = lastChange(id);

        JsonPath reverted = ok(send(token, REVERT, "c", update, "r", "vandalism"));
        assertEquals("revertActorChange", reverted.getString("data.revertActorChange.mutation"));
        assertEquals(editor, reverted.getString("data.revertActorChange.by"));
        assertEquals("vandalism", reverted.getString("data.revertActorChange.reason"));
        assertEquals(id, reverted.getString("data.revertActorChange.entityId"));
        assertEquals(
                "Persia",
                json(reverted.getString("data.revertActorChange.before")).get("name"));
        assertEquals(
                "Iran", json(reverted.getString("data.revertActorChange.after")).get("name"));
        JsonPath actor = ok(read(HISTORY, "id", id));
        assertEquals("Iran", actor.getString("data.actor.name"));
        assertEquals(2, actor.getInt("data.actor.version"));
        assertEquals(
                List.of("revertActorChange", "updateActor", "createActor"),
                actor.getList("data.actor.actorChanges.edges.node.mutation"));

        // the revert is a change like any other
        ok(send(token, REVERT, "c", reverted.getString("data.revertActorChange.id")));
        assertEquals("Persia", ok(read(HISTORY, "id", id)).getString("data.actor.name"));
    }

    @Test
    void refusesARevertWhenALaterChangeTouchedTheSameFields() {
        Map<String, Object> input =
                Fixtures.actorInput(Fixtures.uniqueHandle("csto"), "INTERNATIONAL_ORGANIZATION", "CSTO");
        String id = ok(send(
                        Tokens.editor(),
                        "mutation($input: ActorInput!) { createActor(input: $input) { id } }",
                        "input",
                        input))
                .getString("data.createActor.id");
        input.put("name", "Collective Security Treaty Organization");
        ok(send(Tokens.editor(), UPDATE, "id", id, "version", 0, "input", input));
        String renamed = lastChange(id);
        input.put("description", "A military alliance");
        ok(send(Tokens.editor(), UPDATE, "id", id, "version", 1, "input", input));
        String described = lastChange(id);
        input.put("name", "ODKB");
        ok(send(Tokens.editor(), UPDATE, "id", id, "version", 2, "input", input));

        JsonPath refused = send(Tokens.editor(), REVERT, "c", renamed);
        errorCode(refused, "CONFLICT");
        assertEquals("LATER_CHANGE", refused.getString("errors[0].extensions.reason"));
        assertEquals(3, ok(read(HISTORY, "id", id)).getInt("data.actor.version"));

        // a later change of other fields does not stand in the way
        ok(send(Tokens.editor(), REVERT, "c", described));
        JsonPath actor = ok(read(HISTORY, "id", id));
        assertEquals("ODKB", actor.getString("data.actor.name"));
        assertNull(actor.get("data.actor.description"));
        assertEquals(5, actor.getList("data.actor.actorChanges.edges").size());
    }

    @Test
    void reopensAnEndedPosition() {
        String person = Fixtures.actor("PERSON", "Someone");
        String organization = Fixtures.actor("INTERNATIONAL_ORGANIZATION", "SCO");
        String position = Fixtures.position(person, organization, "Secretary-General", "2019", null);
        ok(send(
                Tokens.editor(),
                "mutation($id: ID!) { endPosition(id: $id, until: \"2021\") { id } }",
                "id",
                position));
        String ended = ok(read(
                        "query($id: ID) { actor(id: $id) { positions { history(first: 1) { edges { node { id } } } } } }",
                        "id",
                        person))
                .getString("data.actor.positions[0].history.edges[0].node.id");
        ok(send(Tokens.editor(), REVERT, "c", ended));
        JsonPath positions = ok(read(
                "query($id: ID) { actor(id: $id) { positions { until history { edges { node { mutation } } } } } }",
                "id",
                person));
        assertNull(positions.get("data.actor.positions[0].until"));
        assertEquals(
                List.of("revertActorChange", "endPosition", "addPosition"),
                positions.getList("data.actor.positions[0].history.edges.node.mutation"));
    }

    @Test
    void refusesToReopenAMembershipThatWouldOverlapAnother() {
        String member = Fixtures.actor("STATE", "Iran");
        String organization = Fixtures.actor("INTERNATIONAL_ORGANIZATION", "SCO");
        String first = Fixtures.membership(member, organization, "OBSERVER", "2005", null);
        ok(send(Tokens.editor(), "mutation($id: ID!) { endMembership(id: $id, until: \"2022\") { id } }", "id", first));
        String ended = ok(read(
                        "query($id: ID) { actor(id: $id) { memberships { history(first: 1) { edges { node { id } } } } } }",
                        "id",
                        member))
                .getString("data.actor.memberships[0].history.edges[0].node.id");
        Fixtures.membership(member, organization, "OBSERVER", "2023", null);

        errorCode(send(Tokens.editor(), REVERT, "c", ended), "CONFLICT");
        JsonPath memberships = ok(read("query($id: ID) { actor(id: $id) { memberships { until } } }", "id", member));
        assertEquals(Arrays.asList("2022", null), memberships.getList("data.actor.memberships.until"));
    }

    @Test
    void refusesUnknownChangesCreationsAndReadersWithTheirCodes() {
        errorCode(send(Tokens.editor(), REVERT, "c", "987654321"), "NOT_FOUND");
        errorCode(send(Tokens.editor(), REVERT, "c", "not-a-number"), "NOT_FOUND");
        String id = Fixtures.actor("STATE", "Armenia");
        String creation = lastChange(id);
        errorCode(send(Tokens.editor(), REVERT, "c", creation), "BAD_USER_INPUT");
        errorCode(read(REVERT, "c", creation), "UNAUTHENTICATED");
        errorCode(send(Tokens.withGroups("reader"), REVERT, "c", creation), "FORBIDDEN");
        assertEquals(
                1,
                ok(read(HISTORY, "id", id))
                        .getList("data.actor.actorChanges.edges")
                        .size());
    }

    private static String lastChange(String actorId) {
        return ok(read(
                        "query($id: ID) { actor(id: $id) { actorChanges(first: 1) { edges { node { id } } } } }",
                        "id",
                        actorId))
                .getString("data.actor.actorChanges.edges[0].node.id");
    }

    private static Map<String, Object> json(String text) {
        return JsonPath.from(text).getMap("");
    }
}
