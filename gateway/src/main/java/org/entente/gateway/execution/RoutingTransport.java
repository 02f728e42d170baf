package org.entente.gateway.execution;

import io.vertx.core.Future;
import java.util.Map;
import org.entente.gateway.plugin.LocalSubgraph;
import org.entente.gateway.plugin.SubgraphRequest;

/** Sends fetches for in-process subgraphs to them and everything else over the network. */
public final class RoutingTransport implements SubgraphTransport {

    private final Map<String, LocalSubgraph> local;
    private final SubgraphTransport remote;

    public RoutingTransport(Map<String, LocalSubgraph> local, SubgraphTransport remote) {
        this.local = Map.copyOf(local);
        this.remote = remote;
    }

    @Override
    public Future<Map<String, Object>> send(SubgraphRequest request) {
        LocalSubgraph subgraph = local.get(request.service());
        return subgraph != null ? subgraph.execute(request) : remote.send(request);
    }
}
