package org.entente.gateway.relations;

import io.vertx.core.Future;
import org.entente.gateway.plugin.GraphQLResponse;

import java.util.Map;

/** Runs a GraphQL operation against the whole federated graph (the gateway's own planner and executor). */
public interface FederatedGraph {

    /** @return the response (data and errors); failed when the operation could not run at all */
    Future<GraphQLResponse> query(String document, Map<String, Object> variables, String authorization);
}
