package org.entente.gateway.execution;

import io.vertx.core.Future;
import java.util.Map;
import org.entente.gateway.plugin.SubgraphRequest;

/**
 * Sends a GraphQL request to a subgraph and yields its JSON response ({@code data}, {@code errors}).
 * A failed future means the subgraph could not answer (down, timed out, not GraphQL).
 */
public interface SubgraphTransport {

    /**
     * Where a transport puts the {@code Cache-Control} header of a subgraph's HTTP answer in the
     * response map, for the entity cache: no member of a GraphQL response has a colon in its name.
     */
    String CACHE_CONTROL = "entente:cache-control";

    Future<Map<String, Object>> send(SubgraphRequest request);
}
