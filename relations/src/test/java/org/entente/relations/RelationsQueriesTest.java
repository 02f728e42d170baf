package org.entente.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.gateway.fixtures.FixtureServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * connections, network and timeline through the gateway executor over fixture subgraphs shaped
 * like actors-service and events-service ({@link World}), with the subgraph requests each costs:
 * one internal operation per search layer, i.e. one request to each fixture subgraph per layer.
 */
class RelationsQueriesTest {

    private static RelationsHarness gateway;

    @BeforeAll
    static void start() {
        gateway = new RelationsHarness();
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    /** Actor 10 was merged into Iran (1): its id stands for Iran, and each answer names the redirect. */
    @Test
    void theIdOfAMergedActorStandsForTheActorItWasMergedInto() throws Exception {
        Map<String, Object> response = gateway.run("""
                { connections(from: "10", to: "2") { length actors { id name } redirects { requested actor { id name } } }
                  network(actor: "10") { center { id } redirects { requested actor { id } } }
                  timeline(actor: "10") { kind } }
                """, Map.of());
        assertNull(response.get("errors"), () -> String.valueOf(response.get("errors")));
        List<Map<String, Object>> paths = list(data(response).get("connections"));
        assertEquals(1, paths.size());
        assertEquals(
                List.of(
                        Map.of("id", "1", "name", "Iran"),
                        Map.of("id", "2", "name", "Collective Security Treaty Organization")),
                paths.get(0).get("actors"));
        assertEquals(
                List.of(Map.of("requested", "10", "actor", Map.of("id", "1", "name", "Iran"))),
                paths.get(0).get("redirects"));
        Map<String, Object> network = map(data(response).get("network"));
        assertEquals(Map.of("id", "1"), network.get("center"));
        assertEquals(List.of(Map.of("requested", "10", "actor", Map.of("id", "1"))), network.get("redirects"));
        Map<String, Object> iran = data(gateway.run("{ timeline(actor: \"1\") { kind } }", Map.of()));
        assertEquals(iran.get("timeline"), data(response).get("timeline"));

        Map<String, Object> plain =
                data(gateway.run("{ connections(from: \"1\", to: \"2\") { redirects { requested } } }", Map.of()));
        assertEquals(List.of(Map.of("redirects", List.of())), plain.get("connections"));
        Map<String, Object> same = gateway.run("{ connections(from: \"10\", to: \"1\") { length } }", Map.of());
        assertEquals(
                "BAD_USER_INPUT",
                map(map(list(same.get("errors")).get(0)).get("extensions")).get("code"));
    }

    @Test
    void connectionsListEveryShortestPathWithTypedCitedLinks() throws Exception {
        Map<String, Object> response = gateway.run("""
                { connections(from: "7", to: "3") {
                    length actors { name }
                    hops { from { id } to { id } links { id kind label fromRole toRole date since from { id } to { id }
                           event { title } statement { text } sources { id } } } } }
                """, Map.of());
        assertNull(response.get("errors"), () -> String.valueOf(response.get("errors")));
        List<Map<String, Object>> paths = list(data(response).get("connections"));
        assertEquals(2, paths.size());
        // Kartapolov → Iran (met at the assembly, spoke about it) → Russia (joint exercise)
        Map<String, Object> viaIran = paths.get(0);
        assertEquals(2, viaIran.get("length"));
        assertEquals(
                List.of(Map.of("name", "Andrei Kartapolov"), Map.of("name", "Iran"), Map.of("name", "Russia")),
                viaIran.get("actors"));
        List<Map<String, Object>> firstHop =
                list(list(viaIran.get("hops")).get(0).get("links"));
        assertEquals(List.of("EVENT:101:1:PARTICIPANT:7:PARTICIPANT", "STATEMENT:201:1"), ids(firstHop));
        Map<String, Object> met = firstHop.get(0);
        assertEquals("EVENT", met.get("kind"));
        assertEquals(Map.of("title", "CSTO Parliamentary Assembly meets an Iranian delegation"), met.get("event"));
        assertEquals("2023-11-20", met.get("date"));
        assertEquals(List.of("PARTICIPANT", "PARTICIPANT"), List.of(met.get("fromRole"), met.get("toRole")));
        assertEquals(List.of(Map.of("id", "33")), met.get("sources"));
        Map<String, Object> said = firstHop.get(1);
        assertEquals(Map.of("id", "7"), said.get("from"), "speaker → subject");
        assertEquals(Map.of("id", "1"), said.get("to"));
        assertEquals("Chairman of the State Duma Defence Committee", said.get("fromRole"));
        assertEquals(Map.of("text", "Iran could become an observer in the CSTO."), said.get("statement"));
        Map<String, Object> exercise =
                list(list(list(viaIran.get("hops")).get(1).get("links"))).get(0);
        assertEquals(
                List.of("EVENT", "PARTICIPANT", "HOST"),
                List.of(exercise.get("kind"), exercise.get("fromRole"), exercise.get("toRole")));
        // Kartapolov → CSTO → Russia (member since 2002)
        Map<String, Object> viaCsto = paths.get(1);
        Map<String, Object> secondHop = list(viaCsto.get("hops")).get(1);
        assertEquals(Map.of("id", "2"), secondHop.get("from"));
        assertEquals(Map.of("id", "3"), secondHop.get("to"));
        Map<String, Object> membership = list(secondHop.get("links")).get(0);
        assertEquals(
                List.of("MEMBERSHIP:11", "MEMBERSHIP", "member, since 2002", "MEMBER", "2002"),
                List.of(
                        membership.get("id"),
                        membership.get("kind"),
                        membership.get("label"),
                        membership.get("fromRole"),
                        membership.get("since")));
        assertEquals(Map.of("id", "3"), membership.get("from"), "member → organization, against the path's direction");
        // one layer: both ends ([3, 7]) meet at Iran and the CSTO, so one request each to actors and events
        // for their link keys, then one operation for the details of the links on the paths (the
        // members' memberships from actors, the events and statements from events), plus the client's own
        // entity jumps (names: 1 to actors; event titles and statement texts: 1 to events, the two fetches
        // sent together as one batched request)
        assertEquals(3, gateway.relationsRequests.get(), "1 client fetch + 1 actorsByIds + 1 link details");
        assertEquals(1 + 1 + 1, gateway.actorsRequests());
        assertEquals(1 + 1 + 1, gateway.eventsRequests());
    }

    @Test
    void asOfDropsLaterEventsAndStatementsAndEndedMemberships() throws Exception {
        String query =
                "query($asOf: PartialDate) { connections(from: \"1\", to: \"2\", asOf: $asOf) { length actors { id } hops { links { id } } } }";
        Map<String, Object> now = data(gateway.run(query, Map.of()));
        assertEquals(
                List.of(Map.of(
                        "length",
                        1,
                        "actors",
                        List.of(Map.of("id", "1"), Map.of("id", "2")),
                        "hops",
                        List.of(Map.of("links", List.of(Map.of("id", "EVENT:101:1:PARTICIPANT:2:HOST")))))),
                now.get("connections"));
        assertEquals(1, gateway.actorsRequests(), "one layer");

        // In 2022 the assembly (2023-11) had not happened: Iran, observer of the SCO, reaches the CSTO through Russia.
        Map<String, Object> in2022 = data(gateway.run(query, Map.of("asOf", "2022")));
        assertEquals(
                List.of(Map.of(
                        "length",
                        3,
                        "actors",
                        List.of(Map.of("id", "1"), Map.of("id", "4"), Map.of("id", "3"), Map.of("id", "2")),
                        "hops",
                        List.of(
                                Map.of("links", List.of(Map.of("id", "MEMBERSHIP:13"))),
                                Map.of("links", List.of(Map.of("id", "MEMBERSHIP:15"))),
                                Map.of("links", List.of(Map.of("id", "MEMBERSHIP:11")))))),
                in2022.get("connections"));
        assertEquals(
                2 + 1,
                gateway.actorsRequests(),
                "two layers: both ends [1, 2], then Iran's one neighbour [4]; then the details of the path's"
                        + " memberships, from their members [1, 3]");
        assertEquals(2, gateway.eventsRequests(), "the path has no event or statement to read details of");
        assertEquals(
                List.of(2, 1, 2),
                gateway.world.actors.received().stream()
                        .map(r -> r.representationCount())
                        .toList(),
                "each layer's actors go in one batched _entities request, and so do the members whose memberships are shown");
        assertEquals("2022", gateway.world.actors.received().get(0).variables().get("asOf"));
    }

    @Test
    void noPathWithinMaxHopsIsAnEmptyList() throws Exception {
        Map<String, Object> response = gateway.run(
                "{ within2: connections(from: \"1\", to: \"2\", maxHops: 2, asOf: \"2022\") { length } }", Map.of());
        assertEquals(Map.of("within2", List.of()), data(response));
        assertNull(response.get("errors"));
        assertEquals(1, gateway.actorsRequests(), "both ends read: two hops would have met there");
        Map<String, Object> isolated =
                gateway.run("{ connections(from: \"9\", to: \"1\", maxHops: 6) { length } }", Map.of());
        assertEquals(Map.of("connections", List.of()), data(isolated));
        assertEquals(1, gateway.actorsRequests(), "TASS has no links: the search ends after the first layer");
    }

    @Test
    void badArgumentsAndUnknownActorsAreRefusedWithCodes() throws Exception {
        assertError(
                "{ connections(from: \"1\", to: \"2\", maxHops: 7) { length } }",
                "BAD_USER_INPUT",
                "maxHops must be between 1 and 6");
        assertError(
                "{ connections(from: \"1\", to: \"2\", maxHops: 0) { length } }",
                "BAD_USER_INPUT",
                "maxHops must be between 1 and 6");
        assertError("{ connections(from: \"1\", to: \"1\") { length } }", "BAD_USER_INPUT", "must be different");
        assertError("{ connections(from: \"1\", to: \"2\", asOf: \"2022-13\") { length } }", "BAD_USER_INPUT", "asOf");
        assertEquals(0, gateway.actorsRequests() + gateway.eventsRequests(), "refused before reading the graph");
        assertError("{ connections(from: \"1\", to: \"404\") { length } }", "NOT_FOUND", "No actor with id 404");
        assertError(
                "{ network(actor: \"1\", depth: 4) { center { id } } }",
                "BAD_USER_INPUT",
                "depth must be between 1 and 3");
        assertError(
                "{ network(actor: \"1\", maxNodes: 0) { center { id } } }",
                "BAD_USER_INPUT",
                "maxNodes must be between 1 and 2000");
        assertError(
                "{ network(actor: \"1\", maxNodes: 2001) { center { id } } }",
                "BAD_USER_INPUT",
                "maxNodes must be between 1 and 2000");
        assertError("{ network(actor: \"404\") { center { id } } }", "NOT_FOUND", "No actor with id 404");
        assertError("{ timeline(actor: \"404\") { title } }", "NOT_FOUND", "No actor with id 404");
        assertError(
                "{ timeline(actor: \"1\", from: \"2024\", to: \"2023\") { title } }", "BAD_USER_INPUT", "before from");
        assertError(
                "{ timeline(actor: \"1\", from: \"May 2024\") { title } }",
                "BAD_USER_INPUT",
                "from: 'May 2024' is not a PartialDate");
    }

    @Test
    void networkHasTheNodesWithinDepthAndEveryLinkAmongThem() throws Exception {
        Map<String, Object> response = gateway.run("""
                { network(actor: "6") { center { name } nodes { actor { id } depth } edges { id kind from { name } to { name } } } }
                """, Map.of());
        assertNull(response.get("errors"));
        Map<String, Object> network = map(data(response).get("network"));
        assertEquals(Map.of("name", "State Duma Defence Committee"), network.get("center"));
        assertEquals(List.of(node("6", 0), node("5", 1), node("7", 1)), network.get("nodes"));
        assertEquals(
                List.of(
                        Map.of(
                                "id",
                                "PARENT:6",
                                "kind",
                                "PARENT",
                                "from",
                                Map.of("name", "State Duma Defence Committee"),
                                "to",
                                Map.of("name", "State Duma")),
                        Map.of(
                                "id",
                                "POSITION:21",
                                "kind",
                                "POSITION",
                                "from",
                                Map.of("name", "Andrei Kartapolov"),
                                "to",
                                Map.of("name", "State Duma Defence Committee"))),
                network.get("edges"));
        assertEquals(2, gateway.world.events.received().size(), "depth 1 reads two layers: [6], then [5, 7]");
        List<Object> outer = gateway.world.actors.received().stream()
                .filter(r -> r.query().contains("linkKeys"))
                .map(r -> r.variables().get("among"))
                .toList();
        assertEquals(2, outer.size(), () -> String.valueOf(outer));
        assertNull(outer.get(0), "the center's links, all of them");
        assertEquals(
                Set.of("5", "6", "7"),
                Set.copyOf((List<?>) outer.get(1)),
                "the outer layer's links only among the network's actors");
        assertEquals(
                2 + 1 + 1,
                gateway.actorsRequests(),
                "two layers, the position's details from its holder [7] (a PARENT link has none to read), plus"
                        + " the client's names at three paths (center, from, to) in one batched request");
    }

    @Test
    void networkFindsLinksBetweenOuterActorsAndHonoursAsOf() throws Exception {
        Map<String, Object> response = gateway.run(
                "{ network(actor: \"1\", asOf: \"2024\") { nodes { actor { id } depth } edges { id } } }", Map.of());
        Map<String, Object> network = map(data(response).get("network"));
        // Iran in 2024: SCO member (observer until 2023-07, which overlaps 2024? no: ended), the assembly with CSTO and
        // Kartapolov,
        // Kartapolov's statement; the 2025 exercise with Russia not yet.
        assertEquals(List.of(node("1", 0), node("2", 1), node("4", 1), node("7", 1)), network.get("nodes"));
        assertEquals(
                List.of(
                        "EVENT:101:1:PARTICIPANT:2:HOST",
                        "EVENT:101:1:PARTICIPANT:7:PARTICIPANT",
                        "EVENT:101:2:HOST:7:PARTICIPANT",
                        "MEMBERSHIP:14",
                        "STATEMENT:201:1",
                        "STATEMENT:201:2"),
                ids(list(network.get("edges"))),
                "CSTO–Kartapolov links are found by expanding the outer layer");
    }

    @Test
    void linkSourcesAreReadOnlyWhenTheClientSelectsThem() throws Exception {
        String labels = "{ connections(from: \"7\", to: \"3\") { hops { links { id label } } } }";
        Map<String, Object> plain = gateway.run(labels, Map.of());
        assertNull(plain.get("errors"), () -> String.valueOf(plain.get("errors")));
        List<String> plainReads = detailReads();
        assertEquals(1, plainReads.size(), () -> "the paths' events and statements in one request: " + plainReads);
        assertTrue(
                plainReads.stream().noneMatch(q -> q.contains("sources") || q.contains("source")),
                plainReads::toString);

        Map<String, Object> cited = gateway.run(labels.replace("id label", "id label sources { id }"), Map.of());
        assertNull(cited.get("errors"), () -> String.valueOf(cited.get("errors")));
        List<String> citedReads = detailReads();
        assertEquals(1, citedReads.size(), citedReads::toString);
        assertTrue(citedReads.stream().allMatch(q -> q.contains("source")), citedReads::toString);
        assertEquals(labelsOf(plain), labelsOf(cited), "the same links and labels, with or without their sources");
        assertEquals(
                List.of(Map.of("id", "33")),
                list(list(list(list(data(cited).get("connections")).get(0).get("hops"))
                                .get(0)
                                .get("links"))
                        .get(0)
                        .get("sources")));

        Map<String, Object> network = gateway.run("{ network(actor: \"6\") { edges { id label } } }", Map.of());
        assertNull(network.get("errors"), () -> String.valueOf(network.get("errors")));
        assertTrue(
                gateway.world.actors.received().stream()
                        .map(FixtureServer.Received::query)
                        .filter(q -> q.contains("positions"))
                        .noneMatch(q -> q.contains("sources")),
                "the network's position details without sources");
    }

    /** The documents events-service got for the details of events and statements in the last run. */
    private static List<String> detailReads() {
        return gateway.world.events.received().stream()
                .map(FixtureServer.Received::query)
                .filter(q -> q.contains("... on Event") || q.contains("... on Statement"))
                .filter(q -> q.contains("title") || q.contains("text"))
                .toList();
    }

    private static List<Object> labelsOf(Map<String, Object> response) {
        return list(data(response).get("connections")).stream()
                .flatMap(path -> list(path.get("hops")).stream())
                .flatMap(hop -> list(hop.get("links")).stream())
                .map(link -> link.get("id") + " " + link.get("label"))
                .map(Object.class::cast)
                .toList();
    }

    @Test
    void aNetworkBiggerThanMaxNodesKeepsTheMostLinkedActorsAndSaysSo() throws Exception {
        // Iran's neighbours: SCO (4) and Kartapolov (7) by two links each, CSTO (2) and Russia (3) by one.
        Map<String, Object> whole = gateway.run("{ network(actor: \"1\") { nodes { actor { id } depth } } }", Map.of());
        assertNull(whole.get("errors"), "the default of 200 nodes holds them all");
        assertEquals(
                List.of(node("1", 0), node("2", 1), node("3", 1), node("4", 1), node("7", 1)),
                map(data(whole).get("network")).get("nodes"));

        Map<String, Object> response = gateway.run(
                "{ network(actor: \"1\", maxNodes: 3) { nodes { actor { id } depth } edges { id } } }", Map.of());
        Map<String, Object> network = map(data(response).get("network"));
        assertEquals(List.of(node("1", 0), node("4", 1), node("7", 1)), network.get("nodes"));
        assertEquals(
                List.of("EVENT:101:1:PARTICIPANT:7:PARTICIPANT", "MEMBERSHIP:13", "MEMBERSHIP:14", "STATEMENT:201:1"),
                ids(list(network.get("edges"))),
                "only links among the kept actors: not the event's with CSTO, nor Russia's exercise");
        List<Map<String, Object>> errors = list(response.get("errors"));
        assertEquals(1, errors.size(), () -> String.valueOf(errors));
        Map<String, Object> extensions = map(errors.get(0).get("extensions"));
        assertEquals("BAD_USER_INPUT", extensions.get("code"));
        assertEquals("maxNodes", extensions.get("limit"));
        assertEquals(3, extensions.get("maximum"));
        assertEquals(
                "The network reaches at least 2 more actors than its 3 nodes (maxNodes); the ones with the most links"
                        + " towards the center are returned",
                errors.get(0).get("message"));
    }

    @Test
    void timelineListsTheActorsHistoryInDateOrder() throws Exception {
        Map<String, Object> response = gateway.run("""
                { timeline(actor: "1") { date endDate kind title role actor { id } counterparts { name } event { id } statement { id } sources { id } } }
                """, Map.of());
        assertNull(response.get("errors"), () -> String.valueOf(response.get("errors")));
        List<Map<String, Object>> entries = list(data(response).get("timeline"));
        assertEquals(
                List.of(
                        "2005 MEMBERSHIP_BEGINS Becomes observer of Shanghai Cooperation Organisation",
                        "2023-07 MEMBERSHIP_BEGINS Becomes member of Shanghai Cooperation Organisation",
                        "2023-07 MEMBERSHIP_ENDS Ceases to be observer of Shanghai Cooperation Organisation",
                        "2023-11-20 EVENT CSTO Parliamentary Assembly meets an Iranian delegation",
                        "2024-05 STATEMENT_ABOUT Iran could become an observer in the CSTO.",
                        "2025-09 EVENT Joint naval exercise",
                        "null STATEMENT_ABOUT Tehran's interest in the CSTO is mostly symbolic."),
                entries.stream()
                        .map(e -> e.get("date") + " " + e.get("kind") + " " + e.get("title"))
                        .toList());
        Map<String, Object> assembly = entries.get(3);
        assertEquals("PARTICIPANT", assembly.get("role"));
        assertEquals(
                List.of(Map.of("name", "Collective Security Treaty Organization"), Map.of("name", "Andrei Kartapolov")),
                assembly.get("counterparts"));
        assertEquals(Map.of("id", "101"), assembly.get("event"));
        assertEquals(Map.of("id", "1"), assembly.get("actor"));
        assertEquals(
                List.of(Map.of("name", "Andrei Kartapolov")), entries.get(4).get("counterparts"));
        assertEquals(List.of(), entries.get(6).get("counterparts"), "an unattributed assessment has no counterpart");
        assertEquals("2025-10", entries.get(5).get("endDate"));
        assertEquals(List.of(Map.of("id", "32")), entries.get(0).get("sources"));
        assertEquals(1, gateway.world.events.received().size(), "one internal operation: one events request");
        assertEquals(1 + 1, gateway.actorsRequests(), "plus one for the counterparts' names");
    }

    @Test
    void timelineFromToKeepsOverlappingDatedEntries() throws Exception {
        Map<String, Object> response =
                gateway.run("{ timeline(actor: \"1\", from: \"2023-07\", to: \"2023-12\") { date kind } }", Map.of());
        assertEquals(
                List.of(
                        Map.of("date", "2023-07", "kind", "MEMBERSHIP_BEGINS"),
                        Map.of("date", "2023-07", "kind", "MEMBERSHIP_ENDS"),
                        Map.of("date", "2023-11-20", "kind", "EVENT")),
                data(response).get("timeline"));
        Map<String, Object> later = gateway.run("{ timeline(actor: \"1\", from: \"2024\") { date kind } }", Map.of());
        assertEquals(
                List.of(
                        Map.of("date", "2024-05", "kind", "STATEMENT_ABOUT"),
                        Map.of("date", "2025-09", "kind", "EVENT")),
                data(later).get("timeline"));
        assertEquals(
                "2024",
                gateway.world.events.received().get(0).variables().get("from"),
                "events are filtered by events-service");
    }

    @Test
    void actorsByIdsKeepsOrderAndNullsUnknownIds() throws Exception {
        Map<String, Object> response =
                gateway.run("{ actorsByIds(ids: [\"3\", \"404\", \"1\"]) { id name } }", Map.of());
        assertEquals(
                List.of(Map.of("id", "3", "name", "Russia"), Map.of(), Map.of("id", "1", "name", "Iran"))
                        .size(),
                list(data(response).get("actorsByIds")).size());
        List<?> actors = (List<?>) data(response).get("actorsByIds");
        assertEquals(Map.of("id", "3", "name", "Russia"), actors.get(0), () -> String.valueOf(response));
        assertNull(actors.get(1));
        assertEquals(Map.of("id", "1", "name", "Iran"), actors.get(2));
        assertEquals(1, gateway.actorsRequests());
    }

    private static void assertError(String query, String code, String messagePart) throws Exception {
        Map<String, Object> response = gateway.run(query, Map.of());
        List<Map<String, Object>> errors = list(response.get("errors"));
        assertEquals(1, errors.size(), () -> query + " → " + errors);
        assertEquals(code, map(errors.get(0).get("extensions")).get("code"), () -> query + " → " + errors);
        String message = (String) errors.get(0).get("message");
        if (!message.contains(messagePart)) {
            throw new AssertionError("'" + message + "' does not mention '" + messagePart + "'");
        }
    }

    private static Map<String, Object> node(String id, int depth) {
        return Map.of("actor", Map.of("id", id), "depth", depth);
    }

    private static List<Object> ids(List<Map<String, Object>> links) {
        return links.stream().map(l -> l.get("id")).toList();
    }

    /** The response's data; a response without data fails the test with the whole response (its errors). */
    private static Map<String, Object> data(Map<String, Object> response) {
        if (response.get("data") == null) {
            throw new AssertionError("no data in " + response);
        }
        return map(response.get("data"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
