package org.entente.gateway.plugin;

import java.util.Map;

/**
 * A request to one subgraph, as the gateway's executor sends it.
 *
 * @param service       the subgraph's name
 * @param query         the subgraph operation the planner wrote
 * @param variables     its variables, {@code representations} among them for {@code _entities}
 * @param authorization the client's Authorization header, forwarded as is (null when absent)
 */
public record SubgraphRequest(String service, String query, Map<String, Object> variables, String authorization) {}
