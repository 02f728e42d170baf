package org.entente.actors.graphql;

import static org.entente.subgraph.testing.GraphQLClient.errorCode;
import static org.entente.subgraph.testing.GraphQLClient.ok;
import static org.entente.subgraph.testing.GraphQLClient.read;
import static org.entente.subgraph.testing.GraphQLClient.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.actors.Fixtures;
import org.entente.subgraph.testing.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class MembershipMutationsTest {

    private static final String ADD = "mutation($input: MembershipInput!) { addMembership(input: $input) {"
            + " id role since until sources { id } member { id } organization { id } } }";

    private static Map<String, Object> input(
            String member, String organization, String role, String since, String until) {
        Map<String, Object> input = new HashMap<>(Map.of(
                "memberId",
                member,
                "organizationId",
                organization,
                "role",
                role,
                "sourceIds",
                List.of("source-7", "source-9")));
        if (since != null) {
            input.put("since", since);
        }
        if (until != null) {
            input.put("until", until);
        }
        return input;
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
    void theOrganizationMustBeAnOrganizationKind() {
        String iran = Fixtures.actor("STATE", "Iran");
        for (String kind : List.of("STATE", "PERSON", "MEDIA")) {
            String notAnOrganization = Fixtures.actor(kind, "Not an organization");
            errorCode(write(ADD, "input", input(iran, notAnOrganization, "MEMBER", "2000", null)), "BAD_USER_INPUT");
            assertEquals(List.of(), Fixtures.factIds(notAnOrganization, "members", null));
        }
        for (String kind : List.of("INTERNATIONAL_ORGANIZATION", "GOVERNMENT_BODY", "LEGISLATURE", "GROUP")) {
            ok(write(ADD, "input", input(iran, Fixtures.actor(kind, "An organization"), "MEMBER", "2000", null)));
        }
    }

    @Test
    void untilBeforeSinceIsBadUserInput() {
        String member = Fixtures.actor("STATE", "Belarus");
        String csto = Fixtures.actor("INTERNATIONAL_ORGANIZATION", "CSTO");
        assertEquals(
                "until (2010-04-30) is before since (2010-05)",
                errorCode(
                        write(ADD, "input", input(member, csto, "MEMBER", "2010-05", "2010-04-30")), "BAD_USER_INPUT"));
        assertEquals(List.of(), Fixtures.factIds(member, "memberships", null));
        // A coarser until that still covers since is fine: from May 2010 until (some time in) 2010.
        String coarser = Fixtures.membership(member, csto, "MEMBER", "2010-05", "2010");
        assertEquals(List.of(coarser), Fixtures.factIds(member, "memberships", null));
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
        assertEquals(List.of(first, open, suspended), Fixtures.factIds(armenia, "memberships", null));
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
        assertEquals(List.of(), Fixtures.factIds(member, "memberships", null));
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
            errorCode(
                    read(
                            "query($id: ID) { actor(id: $id) { memberships(asOf: \"" + date + "\") { id } } }",
                            "id",
                            member),
                    "BAD_USER_INPUT");
        }
        assertEquals(List.of(), Fixtures.factIds(member, "memberships", null));
    }

    @Test
    void endsAnOpenMembershipOnce() {
        String member = Fixtures.actor("STATE", "Uzbekistan");
        String csto = Fixtures.actor("INTERNATIONAL_ORGANIZATION", "CSTO");
        String id = Fixtures.membership(member, csto, "MEMBER", "2006-08", null);
        String end =
                "mutation($id: ID!, $until: PartialDate!) { endMembership(id: $id, until: $until) { since until } }";

        assertEquals(
                "until (2006-07) is before since (2006-08)",
                errorCode(write(end, "id", id, "until", "2006-07"), "BAD_USER_INPUT"));
        JsonPath ended = ok(write(end, "id", id, "until", "2012-12"));
        assertEquals("2012-12", ended.getString("data.endMembership.until"));
        assertEquals(List.of(), Fixtures.factIds(member, "memberships", "2013"));
        errorCode(write(end, "id", id, "until", "2013"), "CONFLICT");
        errorCode(write(end, "id", "987654321", "until", "2013"), "NOT_FOUND");
    }
}
