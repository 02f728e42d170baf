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
        Neighbourhood n = new Neighbourhood("1", 1, 100);
        assertEquals(
                List.of(List.of("1"), List.of("2", "3")), run(n, graph), "the outer layer is expanded for its links");
        assertEquals(List.of("1@0", "2@1", "3@1"), nodes(n));
        assertEquals(List.of("a", "b", "c"), n.edges().stream().map(Link::id).toList(), "d leads outside: left out");
        assertFalse(n.truncated());
    }

    @Test
    void depthTwoReachesFurtherEachLinkOnce() {
        Neighbourhood n = new Neighbourhood("1", 2, 100);
        assertEquals(3, run(n, graph).size());
        assertEquals(List.of("1@0", "2@1", "3@1", "4@2"), nodes(n));
        assertEquals(
                List.of("a", "b", "c", "d"), n.edges().stream().map(Link::id).toList());
    }

    @Test
    void stopsAtTheActorLimit() {
        Neighbourhood n = new Neighbourhood("1", 3, 2);
        assertEquals(1, run(n, graph).size());
        assertTrue(n.truncated());
        assertEquals(List.of("1@0", "2@1", "3@1"), nodes(n), "what was found is kept");
    }

    @Test
    void anIsolatedActorIsAloneInItsNetwork() {
        Neighbourhood n = new Neighbourhood("9", 3, 100);
        assertEquals(1, run(n, graph).size());
        assertEquals(List.of("9@0"), nodes(n));
        assertEquals(List.of(), n.edges());
    }
}
