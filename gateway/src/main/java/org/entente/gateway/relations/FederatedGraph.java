package org.entente.gateway.relations;

import io.vertx.core.Future;

import java.util.Map;

/** Runs a GraphQL operation against the whole federated graph (the gateway's own planner and executor). */
public interface FederatedGraph {

    /** @return the response ({@code data}, {@code errors}); failed when the operation could not run at all */
    Future<Map<String, Object>> query(String document, Map<String, Object> variables, String authorization);
}
