package org.entente.relations;

import io.vertx.core.Future;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.dates.PartialDate;
import org.entente.gateway.plugin.FederatedGraph;
import org.entente.gateway.plugin.GraphQLResponse;
import org.entente.gateway.plugin.SubgraphRequest;

/**
 * Reads the links of a layer of a search as the subgraphs' link keys: one operation on the
 * federated graph per {@link #ACTORS_PER_OPERATION} actors, whose Actor references the planner
 * completes with one batched {@code _entities} request to each of actors-service
 * ({@code linkKeys}) and events-service ({@code linkKeysOfEvents}). Only who is linked to whom by
 * which fact crosses the subgraphs, as strings: no fact is built as an object.
 */
final class LinksQuery {

    /**
     * Actors per operation, read one operation after the other. An answer is two objects and two
     * strings per actor (far inside the subgraphs' limit of 50,000) but its keys are not bounded by
     * a page: an organization with 8,000 office holders has 8,000 keys (≈ 250 kB). 50 such actors keep one
     * answer near 15 MB, and a layer of the search (at most 200 actors) takes at most four operations.
     */
    static final int ACTORS_PER_OPERATION = 50;

    /**
     * Actors per operation when only the links among given actors are read: an answer is then
     * bounded by those actors (each actor's keys to them, of its first events and statements), so a
     * network's last layer of 199 actors is one operation (one batch in each subgraph) rather than
     * four read one after the other.
     */
    static final int ACTORS_PER_OPERATION_AMONG = RelationLimits.MAX_IDS;

    static final String DOCUMENT = """
            query RelationLinks($ids: [ID!]!, $asOf: PartialDate, $first: Int!) {
              actorsByIds(ids: $ids) {
                id
                redirectedFrom
                linkKeys(asOf: $asOf)
                linkKeysOfEvents(to: $asOf, first: $first) { keys truncated }
              }
            }
            """;

    /**
     * The links to the actors {@code $among} only: a network's last layer needs no other, and an
     * organization there would otherwise send its thousands of office holders' keys to be dropped.
     */
    static final String DOCUMENT_AMONG = """
            query RelationLinksAmong($ids: [ID!]!, $asOf: PartialDate, $first: Int!, $among: [String!]!) {
              actorsByIds(ids: $ids) {
                id
                redirectedFrom
                linkKeys(asOf: $asOf, among: $among)
                linkKeysOfEvents(to: $asOf, first: $first, among: $among) { keys truncated }
              }
            }
            """;

    /** An actor's links, and whether it has more events or statements than were read. */
    record ActorLinks(String id, List<Link> links, boolean truncated) {}

    private final FederatedGraph graph;

    LinksQuery(FederatedGraph graph) {
        this.graph = graph;
    }

    /**
     * The links of the known actors among {@code ids}, in the order given (unknown ids are absent),
     * as of {@code asOf}, only those to the actors {@code among} when it is not null, adding to
     * {@code redirected} the ids that named an actor merged into another (actors-service answered
     * for them with that one, its links under the id asked for). Fails with SUBGRAPH_UNAVAILABLE
     * when a subgraph could not answer (a partial graph would give wrong answers).
     */
    Future<Map<String, ActorLinks>> load(
            List<String> ids, PartialDate asOf, List<String> among, SubgraphRequest origin, Set<String> redirected) {
        return GraphReads.inChunks(
                ids,
                among == null ? ACTORS_PER_OPERATION : ACTORS_PER_OPERATION_AMONG,
                chunk -> loadChunk(chunk, asOf, among, origin, redirected));
    }

    private Future<Map<String, ActorLinks>> loadChunk(
            List<String> ids, PartialDate asOf, List<String> among, SubgraphRequest origin, Set<String> redirected) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("ids", ids);
        variables.put("asOf", asOf == null ? null : asOf.toString());
        variables.put("first", FactsQuery.FACTS_PER_ACTOR);
        if (among != null) {
            variables.put("among", among);
        }
        return graph.query(
                        among == null ? DOCUMENT : DOCUMENT_AMONG, variables, origin.authorization(), origin.deadline())
                .recover(GraphReads::failed)
                .map(response -> read(response, asOf, redirected));
    }

    private static Map<String, ActorLinks> read(GraphQLResponse response, PartialDate asOf, Set<String> redirected) {
        List<?> entries = GraphReads.entries(response.data(), "actorsByIds");
        GraphReads.failOnErrors(response.errors(), response.data());
        Map<String, ActorLinks> links = new LinkedHashMap<>();
        for (Object entry : entries) {
            if (entry instanceof Map<?, ?> actor) {
                ActorLinks read = links(actor, asOf);
                links.put(read.id(), read);
                if (actor.get("redirectedFrom") != null) {
                    redirected.add(read.id());
                }
            }
        }
        return links;
    }

    /** The actor's links, each once, in the order of its keys. */
    private static ActorLinks links(Map<?, ?> actor, PartialDate asOf) {
        Map<String, Link> links = new LinkedHashMap<>();
        Map<?, ?> ofEvents = actor.get("linkKeysOfEvents") instanceof Map<?, ?> m ? m : Map.of();
        for (Object keys : Arrays.asList(actor.get("linkKeys"), ofEvents.get("keys"))) {
            for (String key : keys == null ? new String[0] : ((String) keys).split(" ")) {
                Link link = key.isEmpty() ? null : LinkKeys.parse(key, asOf);
                if (link != null) {
                    links.putIfAbsent(link.id(), link);
                }
            }
        }
        return new ActorLinks(
                (String) actor.get("id"), List.copyOf(links.values()), Boolean.TRUE.equals(ofEvents.get("truncated")));
    }
}
