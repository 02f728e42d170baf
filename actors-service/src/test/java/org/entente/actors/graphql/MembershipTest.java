package org.entente.actors.graphql;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.entente.actors.EmbeddedPostgresResource;
import org.entente.actors.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.entente.actors.GraphQLClient.errorCode;
import static org.entente.actors.GraphQLClient.ok;
import static org.entente.actors.GraphQLClient.read;
import static org.entente.actors.GraphQLClient.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class MembershipTest {

    private static final String ADD = "mutation($input: MembershipInput!) { addMembership(input: $input) {"
            + " id role since until sources { id } member { id } organization { id } } }";

    private static Map<String, Object> input(String member, String organization, String role, String since, String until) {
        Map<String, Object> input = new HashMap<>(Map.of("memberId", member, "organizationId", organization, "role", role,
                "sourceIds", List.of("source-7", "source-9")));
        if (since != null) input.put("since", since);
        if (until != null) input.put("until", until);
        return input;
    }

    private static List<String> membershipIds(String actorId, String field, String asOf) {
        return ok(read("query($id: ID, $asOf: PartialDate) { actor(id: $id) { " + field + "(asOf: $asOf) { id } } }",
                "id", actorId, "asOf", asOf)).getList("data.actor." + field + ".id");
    }

    @Test
    void theActorsOfFactsAreReadAfreshByEachRequest() {
        String handle = Fixtures.uniqueHandle("renamed");
        String organization = ok(write("mutation($input: ActorInput!) { createActor(input: $input) { id } }",
                "input", Fixtures.actorInput(handle, "INTERNATIONAL_ORGANIZATION", "Old Name"))).getString("data.createActor.id");
        String member = Fixtures.actor("STATE", "Renaming Member");
        Fixtures.membership(member, organization, "MEMBER", "2001", null);
        String query = "query($id: ID) { actor(id: $id) { memberships { organization { name } } } }";
        assertEquals(List.of("Old Name"), ok(read(query, "id", member)).getList("data.actor.memberships.organization.name"));

        ok(write("mutation($id: ID!, $input: ActorInput!) { updateActor(id: $id, version: 0, input: $input) { id } }",
                "id", organization, "input", Fixtures.actorInput(handle, "INTERNATIONAL_ORGANIZATION", "New Name")));
        assertEquals(List.of("New Name"), ok(read(query, "id", member)).getList("data.actor.memberships.organization.name"));
    }

    @Test
    void addsAMembershipThatCitesItsSources() {
        String iran = Fixtures.actor("STATE", "Iran");
        String sco = Fixtures.actor("INTERNATIONAL_ORGANIZATION", "Shanghai Cooperation Organisation");
        JsonPath added = ok(write(ADD, "input", input(iran, sco, "OBSERVER", "2005", "2023-07")));
        assertEquals("OBSERVER", added.getString("data.addMembership.role"));
        assertEquals("2005", added.getString("data.addMembership.since"));
        assertEquals("2023-07", added.getString("data.addMembership.until"));
        assertEquals(List.of("source-7", "source-9"), added.getList("data.addMembership.sources.id"));
        assertEquals(iran, added.getString("data.addMembership.member.id"));
        assertEquals(sco, added.getString("data.addMembership.organization.id"));
    }

    @Test
    void asOfTreatsAPartialDateAsTheIntervalItCovers() {
        String iran = Fixtures.actor("STATE", "Iran");
        String sco = Fixtures.actor("INTERNATIONAL_ORGANIZATION", "SCO");
        String observer = Fixtures.membership(iran, sco, "OBSERVER", "2005", "2023-07");
        String member = Fixtures.membership(iran, sco, "MEMBER", "2023-07-04", null);

        assertEquals(List.of(observer, member), membershipIds(iran, "memberships", null));
        assertEquals(List.of(observer), membershipIds(iran, "memberships", "2010"));
        assertEquals(List.of(observer), membershipIds(iran, "memberships", "2005-01-01"));
        // July 2023 covers the end of the observer status and the start of membership.
        assertEquals(List.of(observer, member), membershipIds(iran, "memberships", "2023-07"));
        assertEquals(List.of(observer, member), membershipIds(iran, "memberships", "2023"));
        assertEquals(List.of(member), membershipIds(iran, "memberships", "2023-08"));
        assertEquals(List.of(member), membershipIds(iran, "memberships", "2099-12-31"));
        assertEquals(List.of(), membershipIds(iran, "memberships", "2004"));
        assertEquals(List.of(observer), membershipIds(sco, "members", "2020-03"));
        assertEquals(List.of(member), membershipIds(sco, "members", "2024"));
    }

    @Test
    void filtersByRoles() {
        String india = Fixtures.actor("STATE", "India");
        String sco = Fixtures.actor("INTERNATIONAL_ORGANIZATION", "SCO");
        String observer = Fixtures.membership(india, sco, "OBSERVER", "2005", "2017-06");
        String member = Fixtures.membership(india, sco, "MEMBER", "2017-06-09", null);
        JsonPath response = ok(read("query($id: ID) { actor(id: $id) { a: memberships(roles: [MEMBER]) { id }"
                + " b: members(roles: [MEMBER]) { id } c: memberships(roles: [OBSERVER, MEMBER]) { id } } }", "id", india));
        assertEquals(List.of(member), response.getList("data.actor.a.id"));
        assertEquals(List.of(), response.getList("data.actor.b.id"));
        assertEquals(List.of(observer, member), response.getList("data.actor.c.id"));
        // Aliases of one field with different arguments each get their own answer.
        JsonPath asOf = ok(read("query($id: ID) { actor(id: $id) { early: memberships(asOf: \"2010\") { id }"
                + " late: memberships(asOf: \"2020\") { id } all: memberships { id } } }", "id", india));
        assertEquals(List.of(observer), asOf.getList("data.actor.early.id"));
        assertEquals(List.of(member), asOf.getList("data.actor.late.id"));
        assertEquals(List.of(observer, member), asOf.getList("data.actor.all.id"));
    }

    @Test
    void theOrganizationMustBeAnOrganizationKind() {
        String iran = Fixtures.actor("STATE", "Iran");
        for (String kind : List.of("STATE", "PERSON", "MEDIA")) {
            String notAnOrganization = Fixtures.actor(kind, "Not an organization");
            errorCode(write(ADD, "input", input(iran, notAnOrganization, "MEMBER", "2000", null)), "BAD_USER_INPUT");
            assertEquals(List.of(), membershipIds(notAnOrganization, "members", null));
        }
        for (String kind : List.of("INTERNATIONAL_ORGANIZATION", "GOVERNMENT_BODY", "LEGISLATURE", "GROUP")) {
            ok(write(ADD, "input", input(iran, Fixtures.actor(kind, "An organization"), "MEMBER", "2000", null)));
        }
    }

    @Test
    void untilBeforeSinceIsBadUserInput() {
        String member = Fixtures.actor("STATE", "Belarus");
        String csto = Fixtures.actor("INTERNATIONAL_ORGANIZATION", "CSTO");
        assertEquals("until (2010-04-30) is before since (2010-05)",
                errorCode(write(ADD, "input", input(member, csto, "MEMBER", "2010-05", "2010-04-30")), "BAD_USER_INPUT"));
        assertEquals(List.of(), membershipIds(member, "memberships", null));
        // A coarser until that still covers since is fine: from May 2010 until (some time in) 2010.
        String coarser = Fixtures.membership(member, csto, "MEMBER", "2010-05", "2010");
        assertEquals(List.of(coarser), membershipIds(member, "memberships", null));
    }

    @Test
    void overlappingIntervalsOfTheSameRoleAreAConflict() {
        String armenia = Fixtures.actor("STATE", "Armenia");
        String csto = Fixtures.actor("INTERNATIONAL_ORGANIZATION", "CSTO");
        String first = Fixtures.membership(armenia, csto, "MEMBER", "1992-05-15", "1999");
        // "1999" covers the whole year, so a new interval starting in 1999 overlaps it.
        errorCode(write(ADD, "input", input(armenia, csto, "MEMBER", "1999-06", "2001")), "CONFLICT");
        // An open start reaches back into the first interval.
        errorCode(write(ADD, "input", input(armenia, csto, "MEMBER", null, "1993")), "CONFLICT");
        String open = Fixtures.membership(armenia, csto, "MEMBER", "2002", null);
        // An open end overlaps everything after its start.
        errorCode(write(ADD, "input", input(armenia, csto, "MEMBER", "2030", "2031")), "CONFLICT");
        // Another role for the same pair may overlap.
        String suspended = Fixtures.membership(armenia, csto, "SUSPENDED", "2024-02", null);
        assertEquals(List.of(first, open, suspended), membershipIds(armenia, "memberships", null));
    }

    @Test
    void everyMembershipCitesASource() {
        String member = Fixtures.actor("STATE", "Kazakhstan");
        String csto = Fixtures.actor("INTERNATIONAL_ORGANIZATION", "CSTO");
        Map<String, Object> noSources = input(member, csto, "MEMBER", "1992", null);
        noSources.put("sourceIds", List.of());
        errorCode(write(ADD, "input", noSources), "BAD_USER_INPUT");
        noSources.put("sourceIds", List.of("  "));
        errorCode(write(ADD, "input", noSources), "BAD_USER_INPUT");
        assertEquals(List.of(), membershipIds(member, "memberships", null));
    }

    @Test
    void unknownActorsAreNotFound() {
        String csto = Fixtures.actor("INTERNATIONAL_ORGANIZATION", "CSTO");
        errorCode(write(ADD, "input", input("987654321", csto, "MEMBER", "1992", null)), "NOT_FOUND");
        errorCode(write(ADD, "input", input(csto, "987654321", "MEMBER", "1992", null)), "NOT_FOUND");
    }

    @Test
    void invalidPartialDatesAreBadUserInput() {
        String member = Fixtures.actor("STATE", "Tajikistan");
        String csto = Fixtures.actor("INTERNATIONAL_ORGANIZATION", "CSTO");
        for (String date : List.of("2007-13", "2007-02-30", "07", "2007-5")) {
            errorCode(write(ADD, "input", input(member, csto, "MEMBER", date, null)), "BAD_USER_INPUT");
            errorCode(read("query($id: ID) { actor(id: $id) { memberships(asOf: \"" + date + "\") { id } } }", "id", member), "BAD_USER_INPUT");
        }
        assertEquals(List.of(), membershipIds(member, "memberships", null));
    }

    @Test
    void endsAnOpenMembershipOnce() {
        String member = Fixtures.actor("STATE", "Uzbekistan");
        String csto = Fixtures.actor("INTERNATIONAL_ORGANIZATION", "CSTO");
        String id = Fixtures.membership(member, csto, "MEMBER", "2006-08", null);
        String end = "mutation($id: ID!, $until: PartialDate!) { endMembership(id: $id, until: $until) { since until } }";

        assertEquals("until (2006-07) is before since (2006-08)", errorCode(write(end, "id", id, "until", "2006-07"), "BAD_USER_INPUT"));
        JsonPath ended = ok(write(end, "id", id, "until", "2012-12"));
        assertEquals("2012-12", ended.getString("data.endMembership.until"));
        assertEquals(List.of(), membershipIds(member, "memberships", "2013"));
        errorCode(write(end, "id", id, "until", "2013"), "CONFLICT");
        errorCode(write(end, "id", "987654321", "until", "2013"), "NOT_FOUND");
    }
}
