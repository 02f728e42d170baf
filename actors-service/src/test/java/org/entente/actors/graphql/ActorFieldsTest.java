package org.entente.actors.graphql;

import static org.entente.subgraph.testing.GraphQLClient.ok;
import static org.entente.subgraph.testing.GraphQLClient.read;
import static org.entente.subgraph.testing.GraphQLClient.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.entente.actors.Fixtures;
import org.entente.subgraph.testing.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

/** The fields of Actor that load other rows (ActorFields): their answers and arguments. BatchingTest counts their statements. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ActorFieldsTest {

    @Test
    void parentAndChildren() {
        String duma = Fixtures.actor("LEGISLATURE", "State Duma");
        String committee = Fixtures.actorWithParent("GOVERNMENT_BODY", "Defence Committee", duma);
        String subcommittee = Fixtures.actorWithParent("GOVERNMENT_BODY", "Arms Subcommittee", duma);
        JsonPath response = ok(read(
                "query($id: ID) { actor(id: $id) { parent { id } children { id name parent { id } } } }", "id", duma));
        assertNull(response.get("data.actor.parent"));
        assertEquals(List.of(subcommittee, committee), response.getList("data.actor.children.id"));
        assertEquals(List.of(duma, duma), response.getList("data.actor.children.parent.id"));
    }

    @Test
    void theActorsOfFactsAreReadAfreshByEachRequest() {
        String handle = Fixtures.uniqueHandle("renamed");
        String organization = ok(write(
                        "mutation($input: ActorInput!) { createActor(input: $input) { id } }",
                        "input",
                        Fixtures.actorInput(handle, "INTERNATIONAL_ORGANIZATION", "Old Name")))
                .getString("data.createActor.id");
        String member = Fixtures.actor("STATE", "Renaming Member");
        Fixtures.membership(member, organization, "MEMBER", "2001", null);
        String query = "query($id: ID) { actor(id: $id) { memberships { organization { name } } } }";
        assertEquals(
                List.of("Old Name"), ok(read(query, "id", member)).getList("data.actor.memberships.organization.name"));

        ok(write(
                "mutation($id: ID!, $input: ActorInput!) { updateActor(id: $id, version: 0, input: $input) { id } }",
                "id",
                organization,
                "input",
                Fixtures.actorInput(handle, "INTERNATIONAL_ORGANIZATION", "New Name")));
        assertEquals(
                List.of("New Name"), ok(read(query, "id", member)).getList("data.actor.memberships.organization.name"));
    }

    @Test
    void asOfTreatsAPartialDateAsTheIntervalItCovers() {
        String iran = Fixtures.actor("STATE", "Iran");
        String sco = Fixtures.actor("INTERNATIONAL_ORGANIZATION", "SCO");
        String observer = Fixtures.membership(iran, sco, "OBSERVER", "2005", "2023-07");
        String member = Fixtures.membership(iran, sco, "MEMBER", "2023-07-04", null);

        assertEquals(List.of(observer, member), Fixtures.factIds(iran, "memberships", null));
        assertEquals(List.of(observer), Fixtures.factIds(iran, "memberships", "2010"));
        assertEquals(List.of(observer), Fixtures.factIds(iran, "memberships", "2005-01-01"));
        // July 2023 covers the end of the observer status and the start of membership.
        assertEquals(List.of(observer, member), Fixtures.factIds(iran, "memberships", "2023-07"));
        assertEquals(List.of(observer, member), Fixtures.factIds(iran, "memberships", "2023"));
        assertEquals(List.of(member), Fixtures.factIds(iran, "memberships", "2023-08"));
        assertEquals(List.of(member), Fixtures.factIds(iran, "memberships", "2099-12-31"));
        assertEquals(List.of(), Fixtures.factIds(iran, "memberships", "2004"));
        assertEquals(List.of(observer), Fixtures.factIds(sco, "members", "2020-03"));
        assertEquals(List.of(member), Fixtures.factIds(sco, "members", "2024"));
    }

    @Test
    void filtersByRoles() {
        String india = Fixtures.actor("STATE", "India");
        String sco = Fixtures.actor("INTERNATIONAL_ORGANIZATION", "SCO");
        String observer = Fixtures.membership(india, sco, "OBSERVER", "2005", "2017-06");
        String member = Fixtures.membership(india, sco, "MEMBER", "2017-06-09", null);
        JsonPath response = ok(read(
                "query($id: ID) { actor(id: $id) { a: memberships(roles: [MEMBER]) { id }"
                        + " b: members(roles: [MEMBER]) { id } c: memberships(roles: [OBSERVER, MEMBER]) { id } } }",
                "id",
                india));
        assertEquals(List.of(member), response.getList("data.actor.a.id"));
        assertEquals(List.of(), response.getList("data.actor.b.id"));
        assertEquals(List.of(observer, member), response.getList("data.actor.c.id"));
        // Aliases of one field with different arguments each get their own answer.
        JsonPath asOf = ok(read(
                "query($id: ID) { actor(id: $id) { early: memberships(asOf: \"2010\") { id }"
                        + " late: memberships(asOf: \"2020\") { id } all: memberships { id } } }",
                "id",
                india));
        assertEquals(List.of(observer), asOf.getList("data.actor.early.id"));
        assertEquals(List.of(member), asOf.getList("data.actor.late.id"));
        assertEquals(List.of(observer, member), asOf.getList("data.actor.all.id"));
    }
}
