package org.entente.gateway.plugin;

import io.vertx.core.Future;
import java.util.Map;

/**
 * A subgraph served inside the gateway process. Make it a CDI bean in a jar with
 * {@code META-INF/beans.xml} on the gateway's classpath: at start it is composed like any other
 * subgraph from its {@link #sdl()} (URL {@code local:<name>}) and planned like one, and its
 * fetches are handed to {@link #execute} instead of going over HTTP.
 */
public interface LocalSubgraph {

    /** The subgraph's name in the supergraph; a supergraph file must contain a graph of this name. */
    String name();

    /** Federation 2 subgraph SDL, as a subgraph would answer {@code _service { sdl }}. */
    String sdl();

    /**
     * Executes a subgraph operation the planner sends: root fields and {@code _entities}. Pass the
     * request's {@link SubgraphRequest#deadline()} on to any {@link FederatedGraph} query it makes;
     * the gateway answers its client at the deadline whether or not this has completed.
     *
     * @return the subgraph's JSON answer, {@code data} and {@code errors} as a GraphQL server
     * writes them (graphql-java's {@code ExecutionResult.toSpecification()}); a failed future
     * counts as the subgraph being unavailable
     */
    Future<Map<String, Object>> execute(SubgraphRequest request);

    /**
     * What one of its root fields costs with these arguments, in the gateway's cost units: an
     * ordinary field costs 1, and the fields below a list count once per element. The gateway asks
     * before it runs an operation (once per prepared operation, or per request when variables
     * decide the arguments) and refuses operations whose estimate exceeds its maximum cost. A field
     * that reads many objects of other subgraphs should say so here.
     *
     * @param arguments the field's arguments with the operation's variables and the SDL's defaults
     *                  applied
     */
    default long cost(String field, Map<String, Object> arguments) {
        return 1;
    }
}
