package org.entente.relations;

import io.vertx.core.Future;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.dates.PartialDate;
import org.entente.gateway.plugin.FederatedGraph;
import org.entente.gateway.plugin.GraphQLResponse;
import org.entente.gateway.plugin.SubgraphRequest;

/**
 * Reads the facts of actors, everything a timeline shows of them, with one operation on the
 * federated graph per {@link #ACTORS_PER_OPERATION} actors: the relations subgraph turns the ids
 * into Actor references and the planner completes them with one batched {@code _entities} request
 * per owning subgraph (actors-service, events-service). Graph searches read far less: the links'
 * keys ({@link LinksQuery}), then the details of the links they answer with ({@link LinkDetails}).
 */
final class FactsQuery {

    /** Most events, statements by and statements about one actor that are read (the subgraphs' page limit). */
    static final int FACTS_PER_ACTOR = 100;

    /**
     * Actors per operation, read one operation after the other: a subgraph builds its whole answer
     * in memory, and 25 actors' facts (≈ 7,500, an estimate of 37,600 objects) stay inside the
     * subgraphs' result-size limit (subgraph-support's ResultSizeLimit, 50,000) with room to spare.
     */
    static final int ACTORS_PER_OPERATION = 25;

    static final String DOCUMENT = """
            query RelationFacts($ids: [ID!]!, $asOf: PartialDate, $from: PartialDate, $to: PartialDate, $first: Int!) {
              actorsByIds(ids: $ids) {
                id
                redirectedFrom
                memberships(asOf: $asOf) { ...MembershipFacts }
                members(asOf: $asOf) { ...MembershipFacts }
                positions(asOf: $asOf) { ...PositionFacts }
                officeHolders(asOf: $asOf) { ...PositionFacts }
                parent { id }
                children { id }
                events(from: $from, to: $to, first: $first) {
                  totalCount
                  edges { node { id title date endDate participants { actor { id } role } sources { id } } }
                }
                statements(first: $first) { totalCount edges { node { ...StatementFacts } } }
                statementsAbout(first: $first) { totalCount edges { node { ...StatementFacts } } }
              }
            }
            fragment MembershipFacts on Membership {
              id role since until member { id name } organization { id name } sources { id }
            }
            fragment PositionFacts on Position {
              id title since until holder { id name } organization { id name } sources { id }
            }
            fragment StatementFacts on Statement {
              id text date speakerCapacity speaker { id } about { id } source { id }
            }
            """;

    private final FederatedGraph graph;

    FactsQuery(FederatedGraph graph) {
        this.graph = graph;
    }

    /**
     * The facts of the known actors among {@code ids}, in the order given (unknown ids are absent).
     * {@code asOf} restricts memberships and positions; {@code from}/{@code to} restrict events.
     * Fails with SUBGRAPH_UNAVAILABLE when a subgraph could not answer (a partial graph would give wrong answers).
     */
    Future<Map<String, ActorFacts>> load(
            List<String> ids, PartialDate asOf, PartialDate from, PartialDate to, SubgraphRequest origin) {
        return load(ids, asOf, from, to, origin, new HashSet<>());
    }

    /**
     * As {@link #load(List, PartialDate, PartialDate, PartialDate, SubgraphRequest)}, adding to
     * {@code redirected} the ids that named an actor merged into another (actors-service answered
     * for them with that one, its facts under the id asked for).
     */
    Future<Map<String, ActorFacts>> load(
            List<String> ids,
            PartialDate asOf,
            PartialDate from,
            PartialDate to,
            SubgraphRequest origin,
            Set<String> redirected) {
        return GraphReads.inChunks(
                ids, ACTORS_PER_OPERATION, chunk -> loadChunk(chunk, asOf, from, to, origin, redirected));
    }

    private Future<Map<String, ActorFacts>> loadChunk(
            List<String> ids,
            PartialDate asOf,
            PartialDate from,
            PartialDate to,
            SubgraphRequest origin,
            Set<String> redirected) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("ids", ids);
        variables.put("asOf", text(asOf));
        variables.put("from", text(from));
        variables.put("to", text(to));
        variables.put("first", FACTS_PER_ACTOR);
        return graph.query(DOCUMENT, variables, origin.authorization(), origin.deadline())
                .recover(GraphReads::failed)
                .map(response -> read(response, redirected));
    }

    private static Map<String, ActorFacts> read(GraphQLResponse response, Set<String> redirected) {
        List<?> entries = GraphReads.entries(response.data(), "actorsByIds");
        GraphReads.failOnErrors(response.errors(), response.data());
        Map<String, ActorFacts> facts = new LinkedHashMap<>();
        for (Object entry : entries) {
            if (entry instanceof Map<?, ?> actor) {
                ActorFacts read = FactsReader.read(actor);
                facts.put(read.id(), read);
                if (actor.get("redirectedFrom") != null) {
                    redirected.add(read.id());
                }
            }
        }
        return facts;
    }

    private static String text(PartialDate date) {
        return date == null ? null : date.toString();
    }
}
