package org.entente.relations;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * Every shortest path between two actors over undirected links, found by a breadth-first search
 * from both ends: the caller asks {@link #next()} which actors to expand, fetches their links
 * (all at once) and hands them to {@link #expanded}. Pure: no I/O.
 *
 * <p>The first step expands both ends together (which also tells an unknown actor from an
 * unreachable one); after that, the side with the smaller frontier. A path of length n then costs
 * about two searches of depth n/2 instead of one of depth n: a path of two hops needs the links of
 * the two ends only, where a one-sided search reads every neighbour of {@code from}, often hundreds.
 */
final class ShortestPaths {

    /** A path's hop: the links between two consecutive actors, oriented along the path. */
    record Hop(Ref from, Ref to, List<Link> links) {}

    /** A path as the relations schema returns it. */
    record Path(int length, List<Ref> actors, List<Hop> hops, List<ActorRedirects.Redirect> redirects) {

        /** This path, saying which of its ends answer for ids of merged actors. */
        Path withRedirects(List<ActorRedirects.Redirect> ends) {
            return new Path(length, actors, hops, ends);
        }

        /** This path with its links replaced by these, by id; a link not among them is left out. */
        Path withLinks(Map<String, Link> complete) {
            List<Hop> completed = hops.stream()
                    .map(hop -> new Hop(
                            hop.from(),
                            hop.to(),
                            hop.links().stream()
                                    .map(link -> complete.get(link.id()))
                                    .filter(Objects::nonNull)
                                    .toList()))
                    .toList();
            return new Path(length, actors, completed, redirects);
        }
    }

    /** One end's search: what it reached, at which distance, and how. */
    private static final class Side {
        final Map<String, Integer> distance = new HashMap<>();
        /** actor → (actor one step nearer this side's origin → links between them) */
        final Map<String, Map<String, Map<String, Link>>> predecessors = new HashMap<>();

        List<String> frontier;
        int depth;

        Side(String origin) {
            frontier = List.of(origin);
            distance.put(origin, 0);
        }

        /** Expands the frontier by one layer; returns the newly reached actors. */
        Set<String> expand(Map<String, List<Link>> linksByActor) {
            Set<String> discovered = new TreeSet<>(Ids.ORDER);
            for (String actor : frontier) {
                for (Link link : linksByActor.getOrDefault(actor, List.of())) {
                    String neighbour = link.other(actor);
                    if (distance.containsKey(neighbour)) {
                        continue; // reached as early or earlier: not on a shortest path through this actor
                    }
                    discovered.add(neighbour);
                    predecessors
                            .computeIfAbsent(neighbour, k -> new TreeMap<>(Ids.ORDER))
                            .computeIfAbsent(actor, k -> new LinkedHashMap<>())
                            .putIfAbsent(link.id(), link);
                }
            }
            depth++;
            discovered.forEach(actor -> distance.put(actor, depth));
            frontier = List.copyOf(discovered);
            return discovered;
        }

        Set<String> predecessorsOf(String actor) {
            return predecessors.getOrDefault(actor, Map.of()).keySet();
        }
    }

    private final String from;
    private final String to;
    private final int maxHops;
    private final int maxActors;
    private final Side forward;
    private final Side backward;
    /** The sides {@link #next()} asked to expand. */
    private List<Side> expanding = List.of();

    private int expandingActors;
    /** Where the two searches met: the actors at one position of every shortest path. */
    private Set<String> meeting = Set.of();

    private int expandedActors;
    private boolean truncated;

    ShortestPaths(String from, String to, int maxHops, int maxActors) {
        this.from = from;
        this.to = to;
        this.maxHops = maxHops;
        this.maxActors = maxActors;
        this.forward = new Side(from);
        this.backward = new Side(to);
    }

    /**
     * The actors whose links are needed next, in id order; empty when the search is over (the ends
     * met, maxHops reached, a side has nothing left, or the next layer would pass {@code maxActors}).
     */
    List<String> next() {
        expanding = List.of();
        if (!meeting.isEmpty()
                || forward.depth + backward.depth >= maxHops
                || forward.frontier.isEmpty()
                || backward.frontier.isEmpty()) {
            return List.of();
        }
        List<Side> sides = forward.depth == 0 && backward.depth == 0
                ? List.of(forward, backward)
                : List.of(backward.frontier.size() < forward.frontier.size() ? backward : forward);
        Set<String> actors = new TreeSet<>(Ids.ORDER);
        sides.forEach(side -> actors.addAll(side.frontier));
        if (expandedActors + actors.size() > maxActors) {
            truncated = true;
            return List.of();
        }
        expanding = sides;
        expandingActors = actors.size();
        return List.copyOf(actors);
    }

    /** Takes the links of every actor {@link #next()} returned. */
    void expanded(Map<String, List<Link>> linksByActor) {
        for (Side side : expanding) {
            if (!meeting.isEmpty() || forward.depth + backward.depth >= maxHops) {
                break; // the first step's second side is not needed, or would pass maxHops
            }
            Side other = side == forward ? backward : forward;
            meeting = meetingPoints(side.expand(linksByActor), other);
        }
        expandedActors += expandingActors;
        expanding = List.of();
        expandingActors = 0;
    }

    /** The newly reached actors the other side knows, at the other side's least distance. */
    private static Set<String> meetingPoints(Set<String> reached, Side other) {
        int nearest = reached.stream()
                .filter(other.distance::containsKey)
                .mapToInt(other.distance::get)
                .min()
                .orElse(-1);
        Set<String> points = new TreeSet<>(Ids.ORDER);
        if (nearest < 0) {
            return points;
        }
        reached.stream()
                .filter(a -> other.distance.getOrDefault(a, -1) == nearest)
                .forEach(points::add);
        return points;
    }

    /** Whether the search stopped at {@code maxActors} before it could finish. */
    boolean truncated() {
        return truncated;
    }

    /** The number of actors whose links were read so far. */
    int expandedActors() {
        return expandedActors;
    }

    /**
     * The shortest paths found, in the order of the actor ids along them, at most {@code limit};
     * {@code limit + 1} are returned when there are more, so callers can tell.
     */
    List<Path> paths(int limit) {
        if (meeting.isEmpty()) {
            return List.of();
        }
        Map<String, Set<String>> successors = successorsOnShortestPaths();
        List<Path> paths = new ArrayList<>();
        walk(successors, new ArrayDeque<>(List.of(from)), paths, limit + 1);
        return paths;
    }

    /**
     * Edges of the shortest-path DAG from {@code from} to {@code to}, each actor's successors in id
     * order: back from the meeting points to {@code from} along the forward search, and on from
     * them to {@code to} along the backward one. Every shortest path passes one meeting point.
     */
    private Map<String, Set<String>> successorsOnShortestPaths() {
        Map<String, Set<String>> successors = new HashMap<>();
        walkBackFromMeeting(
                forward,
                (actor, previous) -> successors
                        .computeIfAbsent(previous, k -> new TreeSet<>(Ids.ORDER))
                        .add(actor));
        walkBackFromMeeting(
                backward,
                (actor, next) -> successors
                        .computeIfAbsent(actor, k -> new TreeSet<>(Ids.ORDER))
                        .add(next));
        return successors;
    }

    /** Visits every (actor, predecessor) step from the meeting points back to {@code side}'s origin. */
    private void walkBackFromMeeting(Side side, BiConsumer<String, String> step) {
        Deque<String> pending = new ArrayDeque<>(meeting);
        Set<String> seen = new HashSet<>(meeting);
        while (!pending.isEmpty()) {
            String actor = pending.pop();
            for (String predecessor : side.predecessorsOf(actor)) {
                step.accept(actor, predecessor);
                if (seen.add(predecessor)) {
                    pending.push(predecessor);
                }
            }
        }
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
            List<Link> links = new ArrayList<>(linksBetween(actors.get(i), actors.get(i + 1)));
            links.sort(Link.ORDER);
            hops.add(new Hop(new Ref(actors.get(i)), new Ref(actors.get(i + 1)), List.copyOf(links)));
        }
        return new Path(hops.size(), actors.stream().map(Ref::new).toList(), hops, List.of());
    }

    /** The links of a hop, as read from whichever end the search expanded. */
    private Collection<Link> linksBetween(String a, String b) {
        Map<String, Link> seenForward =
                forward.predecessors.getOrDefault(b, Map.of()).get(a);
        return seenForward != null
                ? seenForward.values()
                : backward.predecessors.get(a).get(b).values();
    }
}
