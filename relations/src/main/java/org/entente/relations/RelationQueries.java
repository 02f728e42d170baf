package org.entente.relations;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.entente.dates.PartialDate;
import org.entente.gateway.plugin.FederatedGraph;
import org.entente.gateway.plugin.SubgraphRequest;

/**
 * connections, network and timeline over the federated graph. A graph search reads the link keys
 * of one layer of actors per {@link LinksQuery#load} (two subgraph requests per 50 actors of a
 * layer), then the details of the links its answer shows ({@link LinkDetails}); a timeline reads
 * the actor's facts ({@link FactsQuery}).
 */
final class RelationQueries {

    private final FactsQuery facts;
    private final LinksQuery links;
    private final LinkDetails details;
    private final ActorRedirects redirects;

    RelationQueries(FederatedGraph graph) {
        this.facts = new FactsQuery(graph);
        this.links = new LinksQuery(graph);
        this.details = new LinkDetails(graph);
        this.redirects = new ActorRedirects(graph);
    }

    /**
     * Every shortest path between the actors that answer for {@code from} and {@code to}: when one
     * names an actor merged into another, the search starts again from that one (rare: the first
     * layer tells), and the paths name the redirect.
     */
    Future<Answer<List<ShortestPaths.Path>>> connections(
            String from, String to, int maxHops, PartialDate asOf, boolean linkSources, SubgraphRequest origin) {
        RelationLimits.checkRange("maxHops", maxHops, 1, RelationLimits.MAX_HOPS);
        if (from.equals(to)) {
            throw RelationsException.badInput("from and to must be different actors");
        }
        ShortestPaths search = new ShortestPaths(from, to, maxHops, RelationLimits.MAX_ACTORS);
        List<RelationsException> problems = new ArrayList<>();
        Set<String> redirected = new LinkedHashSet<>();
        // The first step reads both ends, which also tells an unknown actor from an unreachable one.
        return links.load(search.next(), asOf, null, origin, redirected).compose(first -> {
            if (!redirected.isEmpty()) {
                return redirects.of(List.copyOf(redirected), origin).compose(ends -> {
                    String start = ActorRedirects.answering(ends, from);
                    String end = ActorRedirects.answering(ends, to);
                    if (start.equals(end)) {
                        throw RelationsException.badInput("from and to must be different actors: " + from + " and " + to
                                + " were merged into one");
                    }
                    return connections(start, end, maxHops, asOf, linkSources, origin)
                            .map(answer -> new Answer<>(
                                    answer.data().stream()
                                            .map(path -> path.withRedirects(ends))
                                            .toList(),
                                    answer.problems()));
                });
            }
            requireKnown(first, from);
            requireKnown(first, to);
            noteTruncatedLinks(first, problems);
            search.expanded(byActor(first));
            return layers(search::next, () -> null, search::expanded, asOf, origin, problems)
                    .compose(done -> {
                        if (search.truncated()) {
                            problems.add(actorLimit("connections"));
                        }
                        List<ShortestPaths.Path> paths = search.paths(RelationLimits.MAX_PATHS);
                        if (paths.size() > RelationLimits.MAX_PATHS) {
                            problems.add(RelationsException.limit(
                                    "There are more than " + RelationLimits.MAX_PATHS + " shortest paths; the first "
                                            + RelationLimits.MAX_PATHS + " are returned",
                                    "maxPaths",
                                    RelationLimits.MAX_PATHS));
                            paths = paths.subList(0, RelationLimits.MAX_PATHS);
                        }
                        List<ShortestPaths.Path> found = paths;
                        List<Link> shown = found.stream()
                                .flatMap(path -> path.hops().stream())
                                .flatMap(hop -> hop.links().stream())
                                .toList();
                        return details.of(shown, asOf, linkSources, origin)
                                .map(complete -> new Answer<>(
                                        found.stream()
                                                .map(path -> path.withLinks(complete))
                                                .toList(),
                                        List.copyOf(problems)));
                    });
        });
    }

    /** The neighbourhood of the actor that answers for {@code actor} (a merged actor's id: the actor it was merged into, named in redirects). */
    Future<Answer<Map<String, Object>>> network(
            String actor, int depth, int maxNodes, PartialDate asOf, boolean linkSources, SubgraphRequest origin) {
        RelationLimits.checkRange("depth", depth, 1, RelationLimits.MAX_DEPTH);
        RelationLimits.checkRange("maxNodes", maxNodes, 1, RelationLimits.MAX_NODES);
        Neighbourhood search = new Neighbourhood(actor, depth, RelationLimits.MAX_ACTORS, maxNodes);
        List<RelationsException> problems = new ArrayList<>();
        Set<String> redirected = new LinkedHashSet<>();
        return links.load(List.of(actor), asOf, search.among(), origin, redirected)
                .compose(first -> {
                    if (!redirected.isEmpty()) {
                        return redirects
                                .of(List.of(actor), origin)
                                .compose(center -> network(
                                                ActorRedirects.answering(center, actor),
                                                depth,
                                                maxNodes,
                                                asOf,
                                                linkSources,
                                                origin)
                                        .map(answer -> {
                                            answer.data().put("redirects", center);
                                            return answer;
                                        }));
                    }
                    requireKnown(first, actor);
                    noteTruncatedLinks(first, problems);
                    search.expanded(byActor(first));
                    return layers(search::next, search::among, search::expanded, asOf, origin, problems)
                            .compose(done -> {
                                if (search.truncated()) {
                                    problems.add(actorLimit("network"));
                                }
                                if (search.unkept() > 0) {
                                    problems.add(nodeLimit(maxNodes, search.unkept()));
                                }
                                List<Link> edges = search.edges();
                                return details.of(edges, asOf, linkSources, origin)
                                        .map(complete -> {
                                            Map<String, Object> network = new LinkedHashMap<>();
                                            network.put("center", new Ref(actor));
                                            network.put("nodes", search.nodes());
                                            network.put(
                                                    "edges",
                                                    edges.stream()
                                                            .map(edge -> complete.get(edge.id()))
                                                            .filter(Objects::nonNull)
                                                            .toList());
                                            network.put("redirects", List.of());
                                            return new Answer<>(network, List.copyOf(problems));
                                        });
                            });
                });
    }

    /** The timeline of the actor that answers for {@code actor} (a merged actor's id: the actor it was merged into). */
    Future<Answer<List<TimelineEntry>>> timeline(
            String actor, PartialDate from, PartialDate to, SubgraphRequest origin) {
        if (from != null && to != null && to.end().isBefore(from.start())) {
            throw RelationsException.badInput("to (" + to + ") is before from (" + from + ")");
        }
        List<RelationsException> problems = new ArrayList<>();
        Set<String> redirected = new LinkedHashSet<>();
        return facts.load(List.of(actor), null, from, to, origin, redirected).compose(loaded -> {
            if (!redirected.isEmpty()) {
                return redirects
                        .of(List.of(actor), origin)
                        .compose(kept -> timeline(ActorRedirects.answering(kept, actor), from, to, origin));
            }
            requireKnown(loaded, actor);
            if (loaded.get(actor).truncated()) {
                problems.add(factsLimit(List.of(actor)));
            }
            return Future.succeededFuture(
                    new Answer<>(TimelineBuilder.build(loaded.get(actor), from, to), List.copyOf(problems)));
        });
    }

    /** Expands layer after layer until the search asks for nothing more, each only to the actors it may reach. */
    private Future<Void> layers(
            Supplier<List<String>> next,
            Supplier<List<String>> among,
            Consumer<Map<String, List<Link>>> expanded,
            PartialDate asOf,
            SubgraphRequest origin,
            List<RelationsException> problems) {
        List<String> ids = next.get();
        if (ids.isEmpty()) {
            return Future.succeededFuture();
        }
        return links.load(ids, asOf, among.get(), origin, new HashSet<>()).compose(layer -> {
            noteTruncatedLinks(layer, problems);
            expanded.accept(byActor(layer));
            return layers(next, among, expanded, asOf, origin, problems);
        });
    }

    private static Map<String, List<Link>> byActor(Map<String, LinksQuery.ActorLinks> read) {
        Map<String, List<Link>> byActor = new LinkedHashMap<>();
        read.forEach((id, actor) -> byActor.put(id, actor.links()));
        return byActor;
    }

    private static void requireKnown(Map<String, ?> read, String id) {
        if (!read.containsKey(id)) {
            throw RelationsException.notFound("No actor with id " + id);
        }
    }

    /** Notes, once per query, that actors had more events or statements than were read. */
    private static void noteTruncatedLinks(Map<String, LinksQuery.ActorLinks> read, List<RelationsException> problems) {
        List<String> truncated = read.values().stream()
                .filter(LinksQuery.ActorLinks::truncated)
                .map(LinksQuery.ActorLinks::id)
                .toList();
        if (!truncated.isEmpty()
                && problems.stream()
                        .noneMatch(p -> "factsPerActor".equals(p.extensions().get("limit")))) {
            problems.add(factsLimit(truncated));
        }
    }

    private static RelationsException factsLimit(List<String> actors) {
        return RelationsException.limit(
                "Actors " + actors + " have more than " + FactsQuery.FACTS_PER_ACTOR
                        + " events or statements; only the first " + FactsQuery.FACTS_PER_ACTOR
                        + " of each were read",
                "factsPerActor",
                FactsQuery.FACTS_PER_ACTOR);
    }

    private static RelationsException nodeLimit(int maxNodes, int unkept) {
        return RelationsException.limit(
                "The network reaches at least " + unkept + " more actors than its " + maxNodes
                        + " nodes (maxNodes); the ones with the most links towards the center are returned",
                "maxNodes",
                maxNodes);
    }

    private static RelationsException actorLimit(String query) {
        return RelationsException.limit(
                "The " + query + " search stopped at its limit of " + RelationLimits.MAX_ACTORS
                        + " actors; the answer covers what was found within it",
                "maxActors",
                RelationLimits.MAX_ACTORS);
    }
}
