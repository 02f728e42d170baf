package org.entente.gateway.runtime;

import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.gateway.cache.ChangeStream;
import org.entente.gateway.cache.EntityCache;
import org.entente.gateway.execution.CircuitBreakingTransport;
import org.entente.gateway.execution.GatewayExecutor;
import org.entente.gateway.execution.HttpSubgraphTransport;
import org.entente.gateway.execution.RoutingTransport;
import org.entente.gateway.planning.CostModel;
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
    MicrometerCacheMetrics cacheMetrics;

    @Inject
    Instance<LocalSubgraph> localSubgraphs;

    /** Kept across supergraphs: its keys hold the subgraph operations, which a new plan writes anew. */
    private EntityCache cache;
    /** The change streams of the installed supergraph's remote subgraphs, while the cache is on. */
    private List<ChangeStream> streams = List.of();

    private volatile ServedSupergraph current;
    private HttpSubgraphTransport transport;
    private CircuitBreakingTransport breakers;

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
        HttpSubgraphTransport previousTransport = transport;
        CircuitBreakingTransport previousBreakers = breakers;
        Map<String, String> remote = new LinkedHashMap<>(supergraph.graphUrls());
        remote.keySet().removeAll(locals().keySet());
        transport = new HttpSubgraphTransport(vertx, remote, config.subgraphTimeout(), metrics);
        breakers = new CircuitBreakingTransport(vertx, transport, remote.keySet(), breakerSettings(), metrics);
        OperationPreparer preparer = new OperationPreparer(
                supergraph,
                new OperationLimits(config.maxDepth(), config.maxAliases(), config.maxFields()),
                new CostModel(supergraph, locals(), config.assumedListSize()),
                config.planCacheBytes().asLongValue());
        current = new ServedSupergraph(
                supergraph,
                preparer,
                new GatewayExecutor(supergraph, new RoutingTransport(locals(), breakers), vertx, entityCache()));
        if (previousTransport != null) {
            previousBreakers.close();
            previousTransport.close();
        }
        listen(remote);
    }

    /**
     * Follows the change stream of every remote subgraph: only while a subgraph's stream is heard
     * is it cached (a subgraph without one never is). A new supergraph's streams replace the old.
     */
    private void listen(Map<String, String> remote) {
        streams.forEach(ChangeStream::close);
        if (cache == null) {
            return;
        }
        List<ChangeStream> opened = new ArrayList<>();
        remote.forEach((service, url) -> opened.add(new ChangeStream(vertx, service, url, cache)));
        opened.forEach(ChangeStream::start);
        streams = List.copyOf(opened);
    }

    /** The entity cache, or null when it is off. */
    private EntityCache entityCache() {
        GatewayConfig.EntityCacheSettings settings = config.entityCache();
        if (cache == null && settings.enabled()) {
            cache = new EntityCache(settings.maxBytes().asLongValue(), settings.defaultTtl(), false, cacheMetrics);
        }
        return cache;
    }

    /**
     * Failures older than a minute are forgotten, or than the time the failures take one after the
     * other when that is longer, so that a single client's timeouts in a row still open the breaker.
     */
    private CircuitBreakingTransport.Settings breakerSettings() {
        Duration inARow = config.subgraphTimeout().multipliedBy(config.breakerFailures());
        return new CircuitBreakingTransport.Settings(
                config.breakerFailures(),
                config.breakerOpenDuration(),
                inARow.compareTo(Duration.ofMinutes(1)) > 0 ? inARow : Duration.ofMinutes(1));
    }
}
