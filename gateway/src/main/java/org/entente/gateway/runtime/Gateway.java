package org.entente.gateway.runtime;

import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.entente.gateway.execution.GatewayExecutor;
import org.entente.gateway.execution.HttpSubgraphTransport;
import org.entente.gateway.execution.RoutingTransport;
import org.entente.gateway.planning.OperationLimits;
import org.entente.gateway.planning.OperationPreparer;
import org.entente.gateway.plugin.LocalSubgraph;
import org.entente.gateway.supergraph.Supergraph;

/**
 * The running gateway: the installed supergraph with its operation cache and executor. Empty until
 * a supergraph is loaded or composed; a new supergraph replaces everything at once.
 */
@ApplicationScoped
public class Gateway {

    @Inject
    Vertx vertx;

    @Inject
    GatewayConfig config;

    @Inject
    MicrometerSubgraphMetrics metrics;

    @Inject
    Instance<LocalSubgraph> localSubgraphs;

    private volatile ServedSupergraph current;
    private HttpSubgraphTransport transport;

    public Optional<ServedSupergraph> current() {
        return Optional.ofNullable(current);
    }

    /** In-process subgraphs (CDI beans), by name. */
    public Map<String, LocalSubgraph> locals() {
        Map<String, LocalSubgraph> locals = new LinkedHashMap<>();
        localSubgraphs.forEach(l -> locals.put(l.name(), l));
        return locals;
    }

    synchronized void install(Supergraph supergraph) {
        HttpSubgraphTransport previous = transport;
        transport = new HttpSubgraphTransport(vertx, supergraph.graphUrls(), config.subgraphTimeout(), metrics);
        OperationPreparer preparer = new OperationPreparer(
                supergraph,
                new OperationLimits(config.maxDepth(), config.maxAliases(), config.maxFields()),
                config.planCacheBytes().asLongValue());
        current = new ServedSupergraph(
                supergraph,
                preparer,
                new GatewayExecutor(supergraph, new RoutingTransport(locals(), transport), vertx));
        if (previous != null) {
            previous.close();
        }
    }
}
