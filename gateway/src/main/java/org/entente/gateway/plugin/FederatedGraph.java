package org.entente.gateway.plugin;

import io.vertx.core.Future;
import java.util.Map;

/**
 * Runs a GraphQL operation against the whole federated graph from inside the process, with the
 * gateway's own planner and executor: what an in-process subgraph uses to read data other
 * subgraphs own. Inject it (CDI). The client limits (fields, cost) and plan cache do not apply; a
 * document may nest 20 levels deep, have 1,000 fields and use no aliases.
 */
public interface FederatedGraph {

    /**
     * @param authorization forwarded to the subgraphs like a client's header (null for none)
     * @param deadline      when the answer is no longer wanted: pass on the one of the
     *                      {@link SubgraphRequest} being answered. Then the query stops, its
     *                      outstanding subgraph requests are reset and it yields what it has, with
     *                      {@code SUBGRAPH_UNAVAILABLE} errors for the subgraphs that had not answered
     * @return the response; a subgraph that fails gives errors in it, not a failed future. Failed
     * with {@link OperationRefusedException} when the supergraph refuses the document, with
     * {@link IllegalStateException} before a supergraph is loaded
     */
    Future<GraphQLResponse> query(
            String document, Map<String, Object> variables, String authorization, Deadline deadline);
}
