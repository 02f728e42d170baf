package org.entente.relations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The actors within {@code depth} links of a center and every link among them, found one layer
 * at a time like {@link ShortestPaths}. The outermost layer is expanded too, to find the links
 * between its actors, so a neighbourhood of depth d takes d + 1 layers. At most {@code maxNodes}
 * actors are kept: when a layer reaches more than there is room for, the ones with the most links
 * to the layer before it are kept (then the lower ids), so a state's few allies come before its
 * thousands of office holders, and the answer stays a graph one can look at and read in time.
 * Pure: no I/O.
 */
final class Neighbourhood {

    record Node(Ref actor, int depth) {}

    private final int depth;
    private final int maxActors;
    private final int maxNodes;
    private final Map<String, Integer> distance = new HashMap<>();
    private final Map<String, Link> links = new TreeMap<>();
    private List<String> frontier;
    private int layer;
    private int expandedActors;
    private boolean truncated;
    private int unkept;

    Neighbourhood(String center, int depth, int maxActors, int maxNodes) {
        this.depth = depth;
        this.maxActors = maxActors;
        this.maxNodes = maxNodes;
        this.frontier = List.of(center);
        distance.put(center, 0);
    }

    /** The actors to expand next, in id order; empty when done or when the next layer would pass {@code maxActors}. */
    List<String> next() {
        if (layer > depth || frontier.isEmpty()) {
            return List.of();
        }
        if (expandedActors + frontier.size() > maxActors) {
            truncated = true;
            return List.of();
        }
        return frontier;
    }

    /**
     * The actors the next layer's links may lead to, when no new actor can join (the outermost
     * layer, or no room left): the network's own, in id order (the same request, and cache key,
     * for the same network); null when any actor may.
     */
    List<String> among() {
        boolean noneCanJoin = layer == depth || distance.size() >= maxNodes;
        if (layer == 0 || !noneCanJoin) {
            return null;
        }
        List<String> actors = new ArrayList<>(distance.keySet());
        actors.sort(Ids.ORDER);
        return List.copyOf(actors);
    }

    void expanded(Map<String, List<Link>> linksByActor) {
        expandedActors += frontier.size();
        Map<String, Integer> ties = new HashMap<>();
        List<Link> found = new ArrayList<>();
        for (String actor : frontier) {
            for (Link link : linksByActor.getOrDefault(actor, List.of())) {
                String neighbour = link.other(actor);
                if (!distance.containsKey(neighbour)) {
                    if (layer == depth) {
                        continue; // leads outside the neighbourhood
                    }
                    ties.merge(neighbour, 1, Integer::sum);
                }
                found.add(link);
            }
        }
        layer++;
        List<String> kept = strongest(ties, maxNodes - distance.size());
        unkept += ties.size() - kept.size();
        kept.forEach(actor -> distance.put(actor, layer));
        for (Link link : found) {
            if (distance.containsKey(link.from().id())
                    && distance.containsKey(link.to().id())) {
                links.putIfAbsent(link.id(), link);
            }
        }
        frontier = kept;
    }

    /** The {@code room} actors with the most ties (then the lowest ids), in id order. */
    private static List<String> strongest(Map<String, Integer> ties, int room) {
        List<String> reached = new ArrayList<>(ties.keySet());
        if (reached.size() > room) {
            reached.sort(Comparator.<String>comparingInt(ties::get).reversed().thenComparing(Ids.ORDER));
            reached = reached.subList(0, Math.max(room, 0));
        }
        reached.sort(Ids.ORDER);
        return List.copyOf(reached);
    }

    /** Whether the search stopped at {@code maxActors} before reaching {@code depth}. */
    boolean truncated() {
        return truncated;
    }

    /**
     * How many actors within {@code depth} were seen but left out for {@code maxNodes}: a lower
     * bound, since a layer read {@link #among} its nodes does not see the others.
     */
    int unkept() {
        return unkept;
    }

    /** The center first, then by depth, then id. */
    List<Node> nodes() {
        List<Node> nodes = new ArrayList<>();
        distance.forEach((actor, d) -> nodes.add(new Node(new Ref(actor), d)));
        nodes.sort(Comparator.comparingInt(Node::depth)
                .thenComparing(n -> n.actor().id(), Ids.ORDER));
        return nodes;
    }

    /** Each link once, in id order. */
    List<Link> edges() {
        return List.copyOf(links.values());
    }
}
