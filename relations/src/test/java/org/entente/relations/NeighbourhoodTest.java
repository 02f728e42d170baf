package org.entente.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NeighbourhoodTest {

    private static List<List<String>> run(Neighbourhood search, ShortestPathsTest.Graph graph) {
        List<List<String>> layers = new ArrayList<>();
        for (List<String> next = search.next(); !next.isEmpty(); next = search.next()) {
            layers.add(next);
            search.expanded(graph.of(next));
        }
        return layers;
    }

    private static List<String> nodes(Neighbourhood n) {
        return n.nodes().stream()
                .map(node -> node.actor().id() + "@" + node.depth())
                .toList();
    }

    // 1 — 2, 1 — 3, 2 — 3 (between outer nodes), 3 — 4, 4 — 5
    private final ShortestPathsTest.Graph graph = new ShortestPathsTest.Graph()
            .link("a", "1", "2")
            .link("b", "1", "3")
            .link("c", "2", "3")
            .link("d", "3", "4")
            .link("e", "4", "5");

    @Test
    void depthOneHasTheNeighboursAndTheLinksBetweenThem() {
        Neighbourhood n = new Neighbourhood("1", 1, 100, 100);
        assertEquals(
                List.of(List.of("1"), List.of("2", "3")), run(n, graph), "the outer layer is expanded for its links");
        assertEquals(List.of("1@0", "2@1", "3@1"), nodes(n));
        assertEquals(List.of("a", "b", "c"), n.edges().stream().map(Link::id).toList(), "d leads outside: left out");
        assertFalse(n.truncated());
        assertEquals(0, n.unkept());
    }

    @Test
    void depthTwoReachesFurtherEachLinkOnce() {
        Neighbourhood n = new Neighbourhood("1", 2, 100, 100);
        assertEquals(3, run(n, graph).size());
        assertEquals(List.of("1@0", "2@1", "3@1", "4@2"), nodes(n));
        assertEquals(
                List.of("a", "b", "c", "d"), n.edges().stream().map(Link::id).toList());
    }

    @Test
    void stopsAtTheActorLimit() {
        Neighbourhood n = new Neighbourhood("1", 3, 2, 100);
        assertEquals(1, run(n, graph).size());
        assertTrue(n.truncated());
        assertEquals(List.of("1@0", "2@1", "3@1"), nodes(n), "what was found is kept");
    }

    @Test
    void anIsolatedActorIsAloneInItsNetwork() {
        Neighbourhood n = new Neighbourhood("9", 3, 100, 100);
        assertEquals(1, run(n, graph).size());
        assertEquals(List.of("9@0"), nodes(n));
        assertEquals(List.of(), n.edges());
    }

    // A hub "h" with six neighbours: "x" linked to it three times, "y" twice, "p1"…"p4" once;
    // "x" — "y" and "p1" — "p2" are links between neighbours; "x" — "far" leads one layer further.
    private final ShortestPathsTest.Graph hub = new ShortestPathsTest.Graph()
            .link("hx1", "h", "x")
            .link("hx2", "h", "x")
            .link("hx3", "h", "x")
            .link("hy1", "h", "y")
            .link("hy2", "h", "y")
            .link("hp1", "h", "p1")
            .link("hp2", "h", "p2")
            .link("hp3", "h", "p3")
            .link("hp4", "h", "p4")
            .link("xy", "x", "y")
            .link("p12", "p1", "p2")
            .link("xf", "x", "far");

    @Test
    void keepsTheActorsWithTheMostLinksWhenALayerHasNoRoomForAll() {
        Neighbourhood n = new Neighbourhood("h", 1, 200, 4);
        assertEquals(List.of(List.of("h"), List.of("p1", "x", "y")), run(n, hub), "only the kept actors are expanded");
        assertEquals(
                List.of("h@0", "p1@1", "x@1", "y@1"), nodes(n), "x and y by links, then the lowest id of the rest");
        assertEquals(
                List.of("hp1", "hx1", "hx2", "hx3", "hy1", "hy2", "xy"),
                n.edges().stream().map(Link::id).toList(),
                "links to the actors left out (p2…p4, far) are not edges");
        assertEquals(3, n.unkept(), "p2, p3 and p4");
        assertFalse(n.truncated(), "no actor limit was reached");
    }

    @Test
    void aFullNetworkStillGetsTheLinksAmongItsOuterLayer() {
        Neighbourhood n = new Neighbourhood("h", 2, 200, 3);
        assertEquals(
                List.of(List.of("h"), List.of("x", "y")), run(n, hub), "no room at depth 2: its layer ends the search");
        assertEquals(List.of("h@0", "x@1", "y@1"), nodes(n));
        assertEquals(
                List.of("hx1", "hx2", "hx3", "hy1", "hy2", "xy"),
                n.edges().stream().map(Link::id).toList());
        assertEquals(5, n.unkept(), "p1…p4 at depth 1, far at depth 2");
    }

    @Test
    void roomForEveryoneLeavesNothingOut() {
        Neighbourhood n = new Neighbourhood("h", 2, 200, 8);
        run(n, hub);
        assertEquals(List.of("h@0", "p1@1", "p2@1", "p3@1", "p4@1", "x@1", "y@1", "far@2"), nodes(n));
        assertEquals(0, n.unkept());
        assertEquals(12, n.edges().size(), "every link of the graph is among its nodes");
    }

    @Test
    void aNetworkOfOneIsItsCenter() {
        Neighbourhood n = new Neighbourhood("h", 3, 200, 1);
        assertEquals(List.of(List.of("h")), run(n, hub));
        assertEquals(List.of("h@0"), nodes(n));
        assertEquals(List.of(), n.edges());
        assertEquals(6, n.unkept());
    }

    @Test
    void theLayersNoNewActorCanJoinAreReadOnlyForLinksAmongTheNodes() {
        Neighbourhood deep = new Neighbourhood("h", 2, 200, 100);
        assertEquals(null, deep.among(), "the center's links may lead anywhere");
        deep.expanded(hub.of(List.of("h")));
        assertEquals(null, deep.among(), "depth 1 of 2: its neighbours may join");
        deep.expanded(hub.of(deep.next()));
        assertEquals(
                List.of("far", "h", "p1", "p2", "p3", "p4", "x", "y"),
                deep.among(),
                "the outermost layer, in id order");

        Neighbourhood full = new Neighbourhood("h", 2, 200, 3);
        full.expanded(hub.of(List.of("h")));
        assertEquals(List.of("h", "x", "y"), full.among(), "no room left at depth 1 of 2");

        Neighbourhood alone = new Neighbourhood("h", 1, 200, 1);
        assertEquals(null, alone.among(), "the center is read whole, to tell what was left out");
    }
}
