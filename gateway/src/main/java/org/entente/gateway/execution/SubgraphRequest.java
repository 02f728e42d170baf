package org.entente.gateway.execution;

import java.util.Map;

/**
 * A request to one subgraph.
 *
 * @param authorization the client's Authorization header, forwarded as is (null when absent)
 */
public record SubgraphRequest(String service, String query, Map<String, Object> variables, String authorization) {
}
