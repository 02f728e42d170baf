package org.entente.actors.graphql;

import static org.entente.subgraph.testing.GraphQLClient.errorCode;
import static org.entente.subgraph.testing.GraphQLClient.ok;
import static org.entente.subgraph.testing.GraphQLClient.read;
import static org.entente.subgraph.testing.GraphQLClient.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.entente.actors.Fixtures;
import org.entente.subgraph.testing.EmbeddedPostgresResource;
import org.entente.subgraph.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class SecurityTest {

    /** Every mutation of the schema, each with arguments that would succeed for an editor. */
    private static List<String> everyMutation(String actor, String organization, String membership, String position) {
        return List.of(
                "mutation { createActor(input: {handle: \"" + Fixtures.uniqueHandle("sec")
                        + "\", kind: GROUP, name: \"G\"}) { id } }",
                "mutation { updateActor(id: " + actor + ", version: 0, input: {handle: \""
                        + Fixtures.uniqueHandle("sec") + "\", kind: PERSON, name: \"P\"}) { id } }",
                "mutation { addAlias(actorId: " + actor + ", alias: \"A\") { id } }",
                "mutation { removeAlias(actorId: " + actor + ", alias: \"Secured alias\") { id } }",
                "mutation { addMembership(input: {memberId: " + actor + ", organizationId: " + organization
                        + ", role: OBSERVER, sourceIds: [\"s\"]}) { id } }",
                "mutation { endMembership(id: " + membership + ", until: \"2030\") { id } }",
                "mutation { addPosition(input: {holderId: " + actor + ", organizationId: " + organization
                        + ", title: \"T\", sourceIds: [\"s\"]}) { id } }",
                "mutation { endPosition(id: " + position + ", until: \"2030\") { id } }");
    }

    @Test
    void everyWriteNeedsAValidTokenWithTheEditorRole() {
        String actor = Fixtures.actor("PERSON", "Secured Person", "Secured alias");
        String organization = Fixtures.actor("GROUP", "Secured Group");
        String membership = Fixtures.membership(actor, organization, "MEMBER", "2000", null);
        String position = Fixtures.position(actor, organization, "Chair", "2000", null);
        String reader = Tokens.withGroups("reader");
        for (String mutation : everyMutation(actor, organization, membership, position)) {
            errorCode(send(null, mutation), "UNAUTHENTICATED");
            errorCode(send("not-a-jwt", mutation), "UNAUTHENTICATED");
            errorCode(send(Tokens.signedByUnknownKey(), mutation), "UNAUTHENTICATED");
            errorCode(send(Tokens.fromOtherIssuer(), mutation), "UNAUTHENTICATED");
            errorCode(send(reader, mutation), "FORBIDDEN");
        }
        // Nothing changed: same version, aliases, memberships and positions.
        var state = ok(read(
                "query($id: ID) { actor(id: $id) { version aliases memberships { until } positions { until } } }",
                "id",
                actor));
        assertEquals(0, state.getInt("data.actor.version"));
        assertEquals(List.of("Secured alias"), state.getList("data.actor.aliases"));
        assertEquals(1, state.getList("data.actor.memberships").size());
        assertNull(state.get("data.actor.memberships[0].until"));
        assertNull(state.get("data.actor.positions[0].until"));
    }

    @Test
    void aTokenIssuedInTheFutureIsRefused() {
        String create = "mutation($input: ActorInput!) { createActor(input: $input) { id } }";
        Instant now = Instant.now();
        String message = errorCode(
                send(
                        Tokens.editorIssuedAt(now.plus(Duration.ofHours(1))),
                        create,
                        "input",
                        Fixtures.actorInput(Fixtures.uniqueHandle("future"), "GROUP", "Future")),
                "UNAUTHENTICATED");
        assertEquals("the bearer token is not valid: it was issued in the future", message);
        ok(send(
                Tokens.editorIssuedAt(now.plusSeconds(30)),
                create,
                "input",
                Fixtures.actorInput(Fixtures.uniqueHandle("skewed"), "GROUP", "Within the clock skew")));
    }

    @Test
    void readsAreOpenEvenWithABadToken() {
        String actor = Fixtures.actor("PERSON", "Openly Readable");
        for (String token : new String[] {null, "not-a-jwt", Tokens.signedByUnknownKey()}) {
            Map<String, Object> found = ok(send(token, "query($id: ID) { actor(id: $id) { name } }", "id", actor))
                    .getMap("data.actor");
            assertEquals("Openly Readable", found.get("name"));
        }
    }
}
