package org.entente.relations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The actors within {@code depth} links of a center and every link among them, found one layer
 * at a time like {@link ShortestPaths}. The outermost layer is expanded too, to find the links
 * between its actors, so a neighbourhood of depth d takes d + 1 layers. Pure: no I/O.
 */
final class Neighbourhood {

    record Node(Ref actor, int depth) {}

    private final int depth;
    private final int maxActors;
    private final Map<String, Integer> distance = new HashMap<>();
    private final Map<String, Link> links = new TreeMap<>();
    private List<String> frontier;
    private int layer;
    private int expandedActors;
    private boolean truncated;

    Neighbourhood(String center, int depth, int maxActors) {
        this.depth = depth;
        this.maxActors = maxActors;
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

    void expanded(Map<String, List<Link>> linksByActor) {
        expandedActors += frontier.size();
        Set<String> discovered = new TreeSet<>(Ids.ORDER);
        for (String actor : frontier) {
            for (Link link : linksByActor.getOrDefault(actor, List.of())) {
                String neighbour = link.other(actor);
                if (!distance.containsKey(neighbour) && layer < depth) {
                    discovered.add(neighbour);
                }
                if (distance.containsKey(neighbour) || discovered.contains(neighbour)) {
                    links.putIfAbsent(link.id(), link);
                }
            }
        }
        layer++;
        discovered.forEach(actor -> distance.put(actor, layer));
        frontier = List.copyOf(discovered);
    }

    boolean truncated() {
        return truncated;
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
