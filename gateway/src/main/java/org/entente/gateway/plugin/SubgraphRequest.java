package org.entente.gateway.plugin;

import java.util.Map;
import java.util.Objects;

/**
 * A request to one subgraph, as the gateway's executor sends it.
 *
 * @param service       the subgraph's name
 * @param query         the subgraph operation the planner wrote
 * @param variables     its variables, the representation lists among them for {@code _entities}
 * @param authorization the client's Authorization header, forwarded as is (null when absent)
 * @param deadline      when the client's request must be answered: the request is abandoned then
 */
public record SubgraphRequest(
        String service, String query, Map<String, Object> variables, String authorization, Deadline deadline) {

    public SubgraphRequest {
        Objects.requireNonNull(deadline, "deadline");
    }
}
