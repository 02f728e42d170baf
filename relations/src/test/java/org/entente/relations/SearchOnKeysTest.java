package org.entente.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.entente.gateway.fixtures.FixtureServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A graph search asks the subgraphs for its actors' link keys, never for the lists of facts whose
 * elements are objects (an organization's members and office holders, an actor's events with
 * their participants), and then for the details of the links it answers with only.
 */
class SearchOnKeysTest {

    /** The fields of a subgraph that answer with one object per fact. */
    private static final List<String> FACT_LISTS =
            List.of("members(", "officeHolders(", "participants", "statementsAbout(", "events(");

    private static RelationsHarness gateway;

    @BeforeAll
    static void start() {
        gateway = new RelationsHarness();
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void connectionsSearchesOnKeysAndReadsTheDetailsOfItsPathsOnly() throws Exception {
        Map<String, Object> response = gateway.run("""
                { connections(from: "8", to: "3") { hops { links { id label sources { id } } } } }
                """, Map.of());
        assertNull(response.get("errors"), () -> String.valueOf(response.get("errors")));
        // Armenia (8) → CSTO (2) → Russia (3): both members since 2002
        assertEquals(
                Map.of(
                        "connections",
                        List.of(Map.of(
                                "hops",
                                List.of(
                                        Map.of("links", List.of(link("MEMBERSHIP:12", "member, since 2002", "31"))),
                                        Map.of("links", List.of(link("MEMBERSHIP:11", "member, since 2002", "31"))))))),
                response.get("data"));
        List<FixtureServer.Received> actors = gateway.world.actors.received();
        assertEquals(2, actors.size(), "one layer (both ends), then the details");
        assertTrue(actors.get(0).query().contains("linkKeys"), actors.get(0).query());
        assertEquals(
                2,
                actors.get(1).representationCount(),
                "the memberships' details from their members' side [8, 3], not from the CSTO's members");
        assertEquals(1, gateway.world.events.received().size(), "the layer's keys; no event or statement to detail");
        assertTrue(gateway.world.events.received().get(0).query().contains("linkKeysOfEvents"));
        noFactLists(gateway.world.actors);
        noFactLists(gateway.world.events);
    }

    @Test
    void networkOfAnOrganizationReadsItsMembersDetailsFromTheMembers() throws Exception {
        Map<String, Object> response =
                gateway.run("{ network(actor: \"2\", asOf: \"2022\") { edges { id label } } }", Map.of());
        assertNull(response.get("errors"), () -> String.valueOf(response.get("errors")));
        assertEquals(
                List.of(
                        Map.of("id", "MEMBERSHIP:11", "label", "member, since 2002"),
                        Map.of("id", "MEMBERSHIP:12", "label", "member, since 2002")),
                ((Map<?, ?>) ((Map<?, ?>) response.get("data")).get("network")).get("edges"));
        assertEquals(
                List.of(1, 2, 2),
                gateway.world.actors.received().stream()
                        .map(FixtureServer.Received::representationCount)
                        .toList(),
                "the center's keys, its members' keys, then the memberships' details from the members [3, 8]");
        noFactLists(gateway.world.actors);
        noFactLists(gateway.world.events);
    }

    private static Map<String, Object> link(String id, String label, String source) {
        return Map.of("id", id, "label", label, "sources", List.of(Map.of("id", source)));
    }

    private static void noFactLists(FixtureServer subgraph) {
        for (FixtureServer.Received request : subgraph.received()) {
            for (String field : FACT_LISTS) {
                assertTrue(!request.query().contains(field), () -> subgraph.name() + " was asked " + request.query());
            }
        }
    }
}
