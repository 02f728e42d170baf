package org.entente.relations;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.entente.dates.PartialDate;
import org.entente.gateway.plugin.FederatedGraph;
import org.entente.gateway.plugin.SubgraphRequest;

/**
 * connections, network and timeline over the federated graph. A graph search reads one layer of
 * actors per {@link FactsQuery#load}, so its cost is a handful of subgraph requests per 25 actors
 * of a layer.
 */
final class RelationQueries {

    private final FactsQuery facts;
    private final ActorRedirects redirects;

    RelationQueries(FederatedGraph graph) {
        this.facts = new FactsQuery(graph);
        this.redirects = new ActorRedirects(graph);
    }

    /**
     * Every shortest path between the actors that answer for {@code from} and {@code to}: when one
     * names an actor merged into another, the search starts again from that one (rare: the first
     * layer tells), and the paths name the redirect.
     */
    Future<Answer<List<ShortestPaths.Path>>> connections(
            String from, String to, int maxHops, PartialDate asOf, SubgraphRequest origin) {
        RelationLimits.checkRange("maxHops", maxHops, 1, RelationLimits.MAX_HOPS);
        if (from.equals(to)) {
            throw RelationsException.badInput("from and to must be different actors");
        }
        ShortestPaths search = new ShortestPaths(from, to, maxHops, RelationLimits.MAX_ACTORS);
        List<RelationsException> problems = new ArrayList<>();
        Set<String> redirected = new LinkedHashSet<>();
        // The first step reads both ends, which also tells an unknown actor from an unreachable one.
        return facts.load(search.next(), asOf, null, asOf, origin, redirected).compose(first -> {
            if (!redirected.isEmpty()) {
                return redirects.of(List.copyOf(redirected), origin).compose(ends -> {
                    String start = ActorRedirects.answering(ends, from);
                    String end = ActorRedirects.answering(ends, to);
                    if (start.equals(end)) {
                        throw RelationsException.badInput("from and to must be different actors: " + from + " and " + to
                                + " were merged into one");
                    }
                    return connections(start, end, maxHops, asOf, origin)
                            .map(answer -> new Answer<>(
                                    answer.data().stream()
                                            .map(path -> path.withRedirects(ends))
                                            .toList(),
                                    answer.problems()));
                });
            }
            requireKnown(first, from);
            requireKnown(first, to);
            noteTruncatedFacts(first, problems);
            search.expanded(links(first, asOf));
            return layers(search::next, search::expanded, asOf, origin, problems)
                    .map(done -> {
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
                        return new Answer<>(paths, List.copyOf(problems));
                    });
        });
    }

    /** The neighbourhood of the actor that answers for {@code actor} (a merged actor's id: the actor it was merged into, named in redirects). */
    Future<Answer<Map<String, Object>>> network(String actor, int depth, PartialDate asOf, SubgraphRequest origin) {
        RelationLimits.checkRange("depth", depth, 1, RelationLimits.MAX_DEPTH);
        Neighbourhood search = new Neighbourhood(actor, depth, RelationLimits.MAX_ACTORS);
        List<RelationsException> problems = new ArrayList<>();
        Set<String> redirected = new LinkedHashSet<>();
        return facts.load(List.of(actor), asOf, null, asOf, origin, redirected).compose(first -> {
            if (!redirected.isEmpty()) {
                return redirects
                        .of(List.of(actor), origin)
                        .compose(center -> network(ActorRedirects.answering(center, actor), depth, asOf, origin)
                                .map(answer -> {
                                    answer.data().put("redirects", center);
                                    return answer;
                                }));
            }
            requireKnown(first, actor);
            noteTruncatedFacts(first, problems);
            search.expanded(links(first, asOf));
            return layers(search::next, search::expanded, asOf, origin, problems)
                    .map(done -> {
                        if (search.truncated()) {
                            problems.add(actorLimit("network"));
                        }
                        Map<String, Object> network = new LinkedHashMap<>();
                        network.put("center", new Ref(actor));
                        network.put("nodes", search.nodes());
                        network.put("edges", search.edges());
                        network.put("redirects", List.of());
                        return new Answer<>(network, List.copyOf(problems));
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
            noteTruncatedFacts(loaded, problems);
            return Future.succeededFuture(
                    new Answer<>(TimelineBuilder.build(loaded.get(actor), from, to), List.copyOf(problems)));
        });
    }

    /** Expands layer after layer until the search asks for nothing more. */
    private Future<Void> layers(
            Supplier<List<String>> next,
            Consumer<Map<String, List<Link>>> expanded,
            PartialDate asOf,
            SubgraphRequest origin,
            List<RelationsException> problems) {
        List<String> ids = next.get();
        if (ids.isEmpty()) {
            return Future.succeededFuture();
        }
        return facts.load(ids, asOf, null, asOf, origin).compose(layer -> {
            noteTruncatedFacts(layer, problems);
            expanded.accept(links(layer, asOf));
            return layers(next, expanded, asOf, origin, problems);
        });
    }

    private static Map<String, List<Link>> links(Map<String, ActorFacts> facts, PartialDate asOf) {
        Map<String, List<Link>> links = new LinkedHashMap<>();
        facts.forEach((id, f) -> links.put(id, LinkExtractor.links(f, asOf)));
        return links;
    }

    private static void requireKnown(Map<String, ActorFacts> facts, String id) {
        if (!facts.containsKey(id)) {
            throw RelationsException.notFound("No actor with id " + id);
        }
    }

    private static void noteTruncatedFacts(Map<String, ActorFacts> facts, List<RelationsException> problems) {
        List<String> truncated = facts.values().stream()
                .filter(ActorFacts::truncated)
                .map(ActorFacts::id)
                .toList();
        if (!truncated.isEmpty()
                && problems.stream()
                        .noneMatch(p -> "factsPerActor".equals(p.extensions().get("limit")))) {
            problems.add(RelationsException.limit(
                    "Actors " + truncated + " have more than " + FactsQuery.FACTS_PER_ACTOR
                            + " events or statements; only the first " + FactsQuery.FACTS_PER_ACTOR
                            + " of each were read",
                    "factsPerActor",
                    FactsQuery.FACTS_PER_ACTOR));
        }
    }

    private static RelationsException actorLimit(String query) {
        return RelationsException.limit(
                "The " + query + " search stopped at its limit of " + RelationLimits.MAX_ACTORS
                        + " actors; the answer covers what was found within it",
                "maxActors",
                RelationLimits.MAX_ACTORS);
    }
}
