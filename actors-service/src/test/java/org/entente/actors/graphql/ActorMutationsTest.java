package org.entente.actors.graphql;

import static org.entente.subgraph.testing.GraphQLClient.errorCode;
import static org.entente.subgraph.testing.GraphQLClient.ok;
import static org.entente.subgraph.testing.GraphQLClient.read;
import static org.entente.subgraph.testing.GraphQLClient.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.entente.actors.Fixtures;
import org.entente.subgraph.testing.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ActorMutationsTest {

    private static final String CREATE =
            "mutation($input: ActorInput!) { createActor(input: $input) { id handle version countryCode } }";
    private static final String UPDATE = "mutation($id: ID!, $version: Int!, $input: ActorInput!) {"
            + " updateActor(id: $id, version: $version, input: $input) { id name version parent { id } } }";

    @Test
    void createsAnActorWithAWithdrawnCountryCode() {
        Map<String, Object> input = Fixtures.actorInput(Fixtures.uniqueHandle("ussr"), "STATE", "Soviet Union");
        input.put("countryCode", "sun");
        JsonPath created = ok(write(CREATE, "input", input));
        assertEquals("SUN", created.getString("data.createActor.countryCode"));
        assertEquals(0, created.getInt("data.createActor.version"));
    }

    @Test
    void refusesADuplicateHandleWithConflict() {
        String handle = Fixtures.uniqueHandle("csto");
        ok(write(CREATE, "input", Fixtures.actorInput(handle, "INTERNATIONAL_ORGANIZATION", "CSTO")));
        errorCode(
                write(CREATE, "input", Fixtures.actorInput(handle, "INTERNATIONAL_ORGANIZATION", "Another CSTO")),
                "CONFLICT");
        assertEquals(
                "CSTO",
                ok(read("query($h: String) { actor(handle: $h) { name } }", "h", handle))
                        .getString("data.actor.name"));
    }

    @Test
    void refusesInvalidFieldsWithBadUserInputAndCreatesNothing() {
        String handle = Fixtures.uniqueHandle("bad");
        for (Map.Entry<String, Object> invalid : List.of(
                Map.<String, Object>entry("countryCode", "XXX"),
                Map.<String, Object>entry("countryCode", "IR"),
                Map.<String, Object>entry("wikidataId", "7184"),
                Map.<String, Object>entry("name", "  "))) {
            Map<String, Object> input = Fixtures.actorInput(handle, "STATE", "Some State");
            input.put(invalid.getKey(), invalid.getValue());
            errorCode(write(CREATE, "input", input), "BAD_USER_INPUT");
        }
        errorCode(write(CREATE, "input", Fixtures.actorInput("Not A Handle", "STATE", "Some State")), "BAD_USER_INPUT");
        assertNull(ok(read("query($h: String) { actor(handle: $h) { id } }", "h", handle))
                .get("data.actor"));
    }

    @Test
    void refusesAnUnknownKindWithBadUserInput() {
        errorCode(
                write(CREATE, "input", Fixtures.actorInput(Fixtures.uniqueHandle("x"), "PLANET", "Mars")),
                "BAD_USER_INPUT");
    }

    @Test
    void refusesAnUnknownParentWithNotFound() {
        Map<String, Object> input =
                Fixtures.actorInput(Fixtures.uniqueHandle("orphan"), "GOVERNMENT_BODY", "Orphan Committee");
        input.put("parentId", "987654321");
        errorCode(write(CREATE, "input", input), "NOT_FOUND");
    }

    @Test
    void updatesWithTheCurrentVersionAndRefusesAStaleOne() {
        String handle = Fixtures.uniqueHandle("sco");
        String id = ok(write(CREATE, "input", Fixtures.actorInput(handle, "INTERNATIONAL_ORGANIZATION", "SCO")))
                .getString("data.createActor.id");

        JsonPath updated = ok(write(
                UPDATE,
                "id",
                id,
                "version",
                0,
                "input",
                Fixtures.actorInput(handle, "INTERNATIONAL_ORGANIZATION", "Shanghai Cooperation Organisation")));
        assertEquals("Shanghai Cooperation Organisation", updated.getString("data.updateActor.name"));
        assertEquals(1, updated.getInt("data.updateActor.version"));

        // A second editor still holding version 0 must not overwrite the first one's change, and
        // learns that reloading is the way forward (not so for a taken handle, below).
        JsonPath stale = write(
                UPDATE,
                "id",
                id,
                "version",
                0,
                "input",
                Fixtures.actorInput(handle, "INTERNATIONAL_ORGANIZATION", "SCO (stale)"));
        errorCode(stale, "CONFLICT");
        assertEquals("STALE_VERSION", stale.getString("errors[0].extensions.reason"));
        JsonPath current = ok(read("query($id: ID) { actor(id: $id) { name version } }", "id", id));
        assertEquals("Shanghai Cooperation Organisation", current.getString("data.actor.name"));
        assertEquals(1, current.getInt("data.actor.version"));
    }

    @Test
    void refusesToTakeAnotherActorsHandleOnUpdate() {
        String taken = Fixtures.uniqueHandle("taken");
        ok(write(CREATE, "input", Fixtures.actorInput(taken, "GROUP", "First")));
        String id = ok(write(CREATE, "input", Fixtures.actorInput(Fixtures.uniqueHandle("second"), "GROUP", "Second")))
                .getString("data.createActor.id");
        JsonPath refused =
                write(UPDATE, "id", id, "version", 0, "input", Fixtures.actorInput(taken, "GROUP", "Second"));
        errorCode(refused, "CONFLICT");
        assertNull(refused.get("errors[0].extensions.reason"), "a taken handle is no stale version");
    }

    @Test
    void refusesAParentCycle() {
        String state = Fixtures.actor("STATE", "Cycleland");
        String parliament = Fixtures.actorWithParent("LEGISLATURE", "Cycleland Parliament", state);
        String committee = Fixtures.actorWithParent("GOVERNMENT_BODY", "Cycleland Committee", parliament);
        String stateHandle = ok(read("query($id: ID) { actor(id: $id) { handle } }", "id", state))
                .getString("data.actor.handle");

        Map<String, Object> underCommittee = Fixtures.actorInput(stateHandle, "STATE", "Cycleland");
        underCommittee.put("parentId", committee);
        errorCode(write(UPDATE, "id", state, "version", 0, "input", underCommittee), "BAD_USER_INPUT");

        Map<String, Object> underItself = Fixtures.actorInput(stateHandle, "STATE", "Cycleland");
        underItself.put("parentId", state);
        errorCode(write(UPDATE, "id", state, "version", 0, "input", underItself), "BAD_USER_INPUT");

        assertNull(ok(read("query($id: ID) { actor(id: $id) { parent { id } } }", "id", state))
                .get("data.actor.parent"));
    }

    @Test
    void anOrganizationWithMembersKeepsAnOrganizationKind() {
        String handle = Fixtures.uniqueHandle("alliance");
        String alliance = ok(write(
                        CREATE, "input", Fixtures.actorInput(handle, "INTERNATIONAL_ORGANIZATION", "Alliance")))
                .getString("data.createActor.id");
        Fixtures.membership(Fixtures.actor("STATE", "Member State"), alliance, "MEMBER", "2001", null);
        errorCode(
                write(UPDATE, "id", alliance, "version", 0, "input", Fixtures.actorInput(handle, "STATE", "Alliance")),
                "CONFLICT");
        // Another organization kind is fine.
        ok(write(UPDATE, "id", alliance, "version", 0, "input", Fixtures.actorInput(handle, "GROUP", "Alliance")));
    }

    @Test
    void updatingAnUnknownActorIsNotFound() {
        errorCode(
                write(
                        UPDATE,
                        "id",
                        "987654321",
                        "version",
                        0,
                        "input",
                        Fixtures.actorInput(Fixtures.uniqueHandle("x"), "GROUP", "X")),
                "NOT_FOUND");
    }

    @Test
    void addsAndRemovesAliasesBumpingTheVersion() {
        String id = Fixtures.actor("PERSON", "Imants Merzlyakov");
        JsonPath added = ok(write(
                "mutation($id: ID!) { addAlias(actorId: $id, alias: \"Imant Merzlyakov\") { aliases version } }",
                "id",
                id));
        assertEquals(List.of("Imant Merzlyakov"), added.getList("data.addAlias.aliases"));
        assertEquals(1, added.getInt("data.addAlias.version"));
        // Searching by the new alias finds the actor.
        List<String> found = ok(read("{ actors(search: \"Imant Merzlyakov\") { edges { node { id } } } }"))
                .getList("data.actors.edges.node.id");
        assertTrue(found.contains(id));

        JsonPath removed = ok(write(
                "mutation($id: ID!) { removeAlias(actorId: $id, alias: \"Imant Merzlyakov\") { aliases version } }",
                "id",
                id));
        assertEquals(List.of(), removed.getList("data.removeAlias.aliases"));
        assertEquals(2, removed.getInt("data.removeAlias.version"));
    }

    @Test
    void aliasErrors() {
        String id = Fixtures.actor("PERSON", "Alias Error Person");
        errorCode(
                write("mutation($id: ID!) { removeAlias(actorId: $id, alias: \"never added\") { id } }", "id", id),
                "NOT_FOUND");
        errorCode(write("mutation { addAlias(actorId: 987654321, alias: \"x\") { id } }"), "NOT_FOUND");
        errorCode(
                write("mutation($id: ID!) { addAlias(actorId: $id, alias: \" \") { id } }", "id", id),
                "BAD_USER_INPUT");
    }
}
