package org.entente.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The search over a small in-memory graph, layer by layer as the relations subgraph drives it. */
class ShortestPathsTest {

    /** An undirected test graph: each link is stored under both ends. */
    static final class Graph {
        final Map<String, List<Link>> links = new LinkedHashMap<>();

        Graph link(String id, String a, String b) {
            Link link = new Link(
                    id,
                    LinkKind.MEMBERSHIP,
                    new Ref(a),
                    new Ref(b),
                    id,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of());
            links.computeIfAbsent(a, k -> new ArrayList<>()).add(link);
            links.computeIfAbsent(b, k -> new ArrayList<>()).add(link);
            return this;
        }

        Map<String, List<Link>> of(List<String> actors) {
            Map<String, List<Link>> result = new LinkedHashMap<>();
            actors.forEach(a -> result.put(a, links.getOrDefault(a, List.of())));
            return result;
        }
    }

    /** Runs the search to the end; returns the layers it asked for. */
    static List<List<String>> run(ShortestPaths search, Graph graph) {
        List<List<String>> layers = new ArrayList<>();
        for (List<String> next = search.next(); !next.isEmpty(); next = search.next()) {
            layers.add(next);
            search.expanded(graph.of(next));
        }
        return layers;
    }

    static List<String> describe(List<ShortestPaths.Path> paths) {
        return paths.stream()
                .map(p -> p.actors().stream().map(Ref::id).toList() + " "
                        + p.hops().stream()
                                .map(h -> h.links().stream().map(Link::id).toList())
                                .toList())
                .toList();
    }

    @Test
    void findsEveryShortestPathInIdOrderAndGroupsParallelLinksIntoOneHop() {
        // 1 — 2 — 4 and 1 — 3 — 4 (two links between 3 and 4), and a longer detour 1 — 5 — 6 — 4
        Graph graph = new Graph()
                .link("a", "1", "3")
                .link("b", "1", "2")
                .link("c", "2", "4")
                .link("d2", "3", "4")
                .link("d1", "3", "4")
                .link("e", "1", "5")
                .link("f", "5", "6")
                .link("g", "6", "4");
        ShortestPaths search = new ShortestPaths("1", "4", 6, 100);
        assertEquals(List.of(List.of("1", "4")), run(search, graph), "two hops: the links of the two ends are enough");
        assertEquals(List.of("[1, 2, 4] [[b], [c]]", "[1, 3, 4] [[a], [d1, d2]]"), describe(search.paths(50)));
        ShortestPaths.Hop hop = search.paths(50).get(1).hops().get(1);
        assertEquals(new Ref("3"), hop.from());
        assertEquals(new Ref("4"), hop.to());
        assertFalse(search.truncated());
        assertEquals(2, search.expandedActors());
    }

    @Test
    void aDirectLinkIsFoundWithoutExpandingTheOtherEnd() {
        Graph graph = new Graph().link("x", "1", "2").link("y", "1", "3").link("z", "3", "2");
        ShortestPaths search = new ShortestPaths("1", "2", 1, 100);
        assertEquals(List.of(List.of("1", "2")), run(search, graph));
        assertEquals(List.of("[1, 2] [[x]]"), describe(search.paths(50)));
        ShortestPaths noDirect = new ShortestPaths("1", "2", 1, 100);
        run(noDirect, new Graph().link("y", "1", "3").link("z", "3", "2"));
        assertEquals(List.of(), noDirect.paths(50), "maxHops 1: the path through 3 is too long");
    }

    @Test
    void ordersNumericIdsByValue() {
        Graph graph = new Graph()
                .link("x", "1", "10")
                .link("y", "1", "9")
                .link("z", "10", "2")
                .link("w", "9", "2");
        ShortestPaths search = new ShortestPaths("1", "2", 3, 100);
        run(search, graph);
        assertEquals(List.of("[1, 9, 2] [[y], [w]]", "[1, 10, 2] [[x], [z]]"), describe(search.paths(50)));
    }

    @Test
    void linksWithinALayerOrBackwardsAreNotOnShortestPaths() {
        // 2 and 3 are both at distance 1 and linked to each other; 4 only via 3
        Graph graph = new Graph()
                .link("a", "1", "2")
                .link("b", "1", "3")
                .link("c", "2", "3")
                .link("d", "3", "4");
        ShortestPaths search = new ShortestPaths("1", "4", 5, 100);
        run(search, graph);
        assertEquals(List.of("[1, 3, 4] [[b], [d]]"), describe(search.paths(50)));
    }

    @Test
    void expandsTheEndWithTheSmallerFrontier() {
        // 1 has ten neighbours, 2 one (30); the path is 1 — 15 — 30 — 2
        Graph graph = new Graph().link("p", "30", "2").link("q", "15", "30");
        for (int i = 10; i < 20; i++) {
            graph.link("s" + i, "1", String.valueOf(i));
        }
        ShortestPaths search = new ShortestPaths("1", "2", 6, 100);
        assertEquals(List.of(List.of("1", "2"), List.of("30")), run(search, graph));
        assertEquals(List.of("[1, 15, 30, 2] [[s15], [q], [p]]"), describe(search.paths(50)));
        assertEquals(3, search.expandedActors());
    }

    @Test
    void joinsEveryForwardPathToEveryBackwardPathAtTheMeetingPoints() {
        // three paths of four hops: 1-3-5-7-2, 1-4-5-7-2, 1-3-6-8-2; 6 — 7 is a link within a layer
        Graph graph = new Graph()
                .link("a", "1", "3")
                .link("b", "1", "4")
                .link("c", "3", "5")
                .link("d", "4", "5")
                .link("e", "3", "6")
                .link("f", "5", "7")
                .link("g", "6", "8")
                .link("h", "7", "2")
                .link("i", "8", "2")
                .link("j", "6", "7");
        ShortestPaths search = new ShortestPaths("1", "2", 6, 100);
        assertEquals(List.of(List.of("1", "2"), List.of("3", "4"), List.of("5", "6")), run(search, graph));
        assertEquals(
                List.of(
                        "[1, 3, 5, 7, 2] [[a], [c], [f], [h]]",
                        "[1, 3, 6, 7, 2] [[a], [e], [j], [h]]",
                        "[1, 3, 6, 8, 2] [[a], [e], [g], [i]]",
                        "[1, 4, 5, 7, 2] [[b], [d], [f], [h]]"),
                describe(search.paths(50)));
        ShortestPaths.Hop last = search.paths(50).get(0).hops().get(3);
        assertEquals(
                List.of(new Ref("7"), new Ref("2")),
                List.of(last.from(), last.to()),
                "a backward hop, oriented along the path");
    }

    @Test
    void respectsMaxHopsAndEndsWhenNothingIsLeft() {
        Graph chain = new Graph()
                .link("a", "1", "2")
                .link("b", "2", "3")
                .link("c", "3", "4")
                .link("d", "4", "5")
                .link("e", "5", "6");
        ShortestPaths tooShort = new ShortestPaths("1", "4", 2, 100);
        assertEquals(1, run(tooShort, chain).size());
        assertEquals(List.of(), tooShort.paths(50));
        ShortestPaths fiveHops = new ShortestPaths("1", "6", 5, 100);
        run(fiveHops, chain);
        assertEquals(List.of("[1, 2, 3, 4, 5, 6] [[a], [b], [c], [d], [e]]"), describe(fiveHops.paths(50)));
        ShortestPaths fourHops = new ShortestPaths("1", "6", 4, 100);
        run(fourHops, chain);
        assertEquals(List.of(), fourHops.paths(50));
        ShortestPaths unreachable = new ShortestPaths("1", "9", 6, 100);
        assertEquals(List.of(List.of("1", "9")), run(unreachable, chain), "9 has no links: nothing more to read");
        assertEquals(List.of(), unreachable.paths(50));
    }

    @Test
    void stopsBeforeALayerWouldPassTheActorLimit() {
        Graph stars = new Graph();
        for (int i = 10; i < 20; i++) {
            stars.link("s" + i, "1", String.valueOf(i)).link("t" + i, "2", String.valueOf(i + 10));
        }
        ShortestPaths search = new ShortestPaths("1", "2", 6, 5);
        assertEquals(1, run(search, stars).size(), "either end's next layer has 10 actors: over the limit of 5");
        assertTrue(search.truncated());
        assertEquals(2, search.expandedActors());
    }

    @Test
    void returnsOneMorePathThanTheLimitWhenThereAreMore() {
        Graph graph = new Graph();
        for (int i = 10; i < 20; i++) {
            graph.link("s" + i, "1", String.valueOf(i)).link("t" + i, String.valueOf(i), "2");
        }
        ShortestPaths search = new ShortestPaths("1", "2", 3, 100);
        run(search, graph);
        assertEquals(10, search.paths(50).size());
        List<ShortestPaths.Path> limited = search.paths(3);
        assertEquals(4, limited.size());
        assertEquals(
                List.of(new Ref("1"), new Ref("10"), new Ref("2")),
                limited.get(0).actors());
        assertEquals(2, limited.get(0).length());
    }
}
