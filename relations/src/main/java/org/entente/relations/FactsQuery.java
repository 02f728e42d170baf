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
import org.entente.gateway.plugin.OperationRefusedException;
import org.entente.gateway.plugin.ResponseError;
import org.entente.gateway.plugin.SubgraphRequest;

/**
 * Reads the facts of many actors with one operation on the federated graph per
 * {@link #ACTORS_PER_OPERATION} actors: the relations subgraph turns the ids into Actor references
 * and the planner completes them with one batched {@code _entities} request per owning subgraph
 * (actors-service, events-service).
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
        Map<String, ActorFacts> facts = new LinkedHashMap<>();
        Future<Void> done = Future.succeededFuture();
        for (int start = 0; start < ids.size(); start += ACTORS_PER_OPERATION) {
            List<String> chunk = ids.subList(start, Math.min(ids.size(), start + ACTORS_PER_OPERATION));
            done = done.compose(previous -> loadChunk(chunk, asOf, from, to, origin, redirected)
                    .map(read -> {
                        facts.putAll(read);
                        return null;
                    }));
        }
        return done.map(all -> facts);
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
                .recover(failure -> Future.failedFuture(
                        new RelationsException("Relationship query failed: " + reason(failure), "INTERNAL", Map.of())))
                .map(response -> read(response, redirected));
    }

    /** A refused document means the supergraph lacks what the relations need (e.g. no actors and events subgraphs). */
    static String reason(Throwable failure) {
        return failure instanceof OperationRefusedException refused
                ? "the supergraph cannot answer a relationship query: "
                        + refused.errors().stream().map(ResponseError::message).toList()
                : failure.getMessage();
    }

    private static Map<String, ActorFacts> read(GraphQLResponse response, Set<String> redirected) {
        List<?> entries =
                response.data() != null && response.data().get("actorsByIds") instanceof List<?> l ? l : List.of();
        failOnErrors(response.errors(), entries);
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

    /**
     * An error inside an entry that came back null is how an unknown actor shows (its owner answered
     * null); a refused id is the client's; any other error means the graph could not be read
     * completely.
     */
    private static void failOnErrors(List<ResponseError> errors, List<?> entries) {
        for (ResponseError error : errors) {
            if (ResponseError.SUBGRAPH_UNAVAILABLE.equals(error.code())) {
                throw new RelationsException(error.message(), ResponseError.SUBGRAPH_UNAVAILABLE, Map.of());
            }
            if (ResponseError.BAD_USER_INPUT.equals(error.code())) {
                // the ids are the only part of the query a client chose (dates are parsed before): a
                // subgraph refused them, e.g. for a lone surrogate, which is the client's doing
                throw RelationsException.badInput(error.message());
            }
            List<Object> path = error.path();
            boolean insideUnknownActor = path.size() > 1
                    && "actorsByIds".equals(path.get(0))
                    && path.get(1) instanceof Number i
                    && i.intValue() < entries.size()
                    && entries.get(i.intValue()) == null;
            if (!insideUnknownActor) {
                throw new RelationsException(
                        "Relationship query failed: " + error.message(), ResponseError.INTERNAL, Map.of());
            }
        }
    }

    private static String text(PartialDate date) {
        return date == null ? null : date.toString();
    }
}
