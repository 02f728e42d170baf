package org.entente.gateway.relations;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Breadth-first search for every shortest path between two actors over undirected links, one
 * layer at a time: the caller asks {@link #next()} which actors to expand, fetches their links
 * (all of a layer at once) and hands them to {@link #expanded}. Pure: no I/O.
 */
final class ShortestPaths {

    /** A path's hop: the links between two consecutive actors, oriented along the path. */
    record Hop(Ref from, Ref to, List<Link> links) {
    }

    /** A path as the relations schema returns it. */
    record Path(int length, List<Ref> actors, List<Hop> hops) {
    }

    private final String from;
    private final String to;
    private final int maxHops;
    private final int maxActors;
    private final Map<String, Integer> distance = new HashMap<>();
    /** actor → (actor one layer nearer {@code from} → links between them) */
    private final Map<String, Map<String, Map<String, Link>>> predecessors = new HashMap<>();
    private List<String> frontier;
    private int depth;
    private int expandedActors;
    private boolean truncated;

    ShortestPaths(String from, String to, int maxHops, int maxActors) {
        this.from = from;
        this.to = to;
        this.maxHops = maxHops;
        this.maxActors = maxActors;
        this.frontier = List.of(from);
        distance.put(from, 0);
    }

    /**
     * The actors whose links are needed next, in id order; empty when the search is over (target
     * reached, maxHops reached, nothing left, or the next layer would pass {@code maxActors}).
     */
    List<String> next() {
        if (distance.containsKey(to) || depth >= maxHops || frontier.isEmpty()) {
            return List.of();
        }
        if (expandedActors + frontier.size() > maxActors) {
            truncated = true;
            return List.of();
        }
        return frontier;
    }

    /** Takes the links of every actor {@link #next()} returned. */
    void expanded(Map<String, List<Link>> linksByActor) {
        expandedActors += frontier.size();
        Set<String> discovered = new TreeSet<>(Ids.ORDER);
        for (String actor : frontier) {
            for (Link link : linksByActor.getOrDefault(actor, List.of())) {
                String neighbour = link.other(actor);
                if (distance.containsKey(neighbour)) {
                    continue; // reached as early or earlier: not on a shortest path through this actor
                }
                discovered.add(neighbour);
                predecessors.computeIfAbsent(neighbour, k -> new TreeMap<>(Ids.ORDER))
                        .computeIfAbsent(actor, k -> new LinkedHashMap<>()).putIfAbsent(link.id(), link);
            }
        }
        depth++;
        discovered.forEach(actor -> distance.put(actor, depth));
        frontier = List.copyOf(discovered);
    }

    /** Whether the search stopped at {@code maxActors} before it could finish. */
    boolean truncated() {
        return truncated;
    }

    /** The number of actors expanded so far. */
    int expandedActors() {
        return expandedActors;
    }

    /**
     * The shortest paths found, in the order of the actor ids along them, at most {@code limit};
     * {@code limit + 1} are returned when there are more, so callers can tell.
     */
    List<Path> paths(int limit) {
        if (!distance.containsKey(to)) {
            return List.of();
        }
        Map<String, Set<String>> successors = successorsOnShortestPaths();
        List<Path> paths = new ArrayList<>();
        Deque<String> sequence = new ArrayDeque<>(List.of(from));
        walk(successors, sequence, paths, limit + 1);
        return paths;
    }

    /** Forward edges of the shortest-path DAG, each actor's successors in id order. */
    private Map<String, Set<String>> successorsOnShortestPaths() {
        Map<String, Set<String>> successors = new HashMap<>();
        Set<String> seen = new HashSet<>(Set.of(to));
        Deque<String> pending = new ArrayDeque<>(List.of(to));
        while (!pending.isEmpty()) {
            String actor = pending.pop();
            for (String previous : predecessors.getOrDefault(actor, Map.of()).keySet()) {
                successors.computeIfAbsent(previous, k -> new TreeSet<>(Ids.ORDER)).add(actor);
                if (seen.add(previous)) {
                    pending.push(previous);
                }
            }
        }
        return successors;
    }

    private void walk(Map<String, Set<String>> successors, Deque<String> sequence, List<Path> paths, int limit) {
        if (paths.size() >= limit) {
            return;
        }
        String last = sequence.peekLast();
        if (last.equals(to)) {
            paths.add(path(List.copyOf(sequence)));
            return;
        }
        for (String next : successors.getOrDefault(last, Set.of())) {
            sequence.addLast(next);
            walk(successors, sequence, paths, limit);
            sequence.removeLast();
        }
    }

    private Path path(List<String> actors) {
        List<Hop> hops = new ArrayList<>();
        for (int i = 0; i + 1 < actors.size(); i++) {
            List<Link> links = new ArrayList<>(predecessors.get(actors.get(i + 1)).get(actors.get(i)).values());
            links.sort(Link.ORDER);
            hops.add(new Hop(new Ref(actors.get(i)), new Ref(actors.get(i + 1)), List.copyOf(links)));
        }
        return new Path(hops.size(), actors.stream().map(Ref::new).toList(), hops);
    }
}
