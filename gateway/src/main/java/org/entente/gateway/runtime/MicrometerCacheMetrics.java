package org.entente.gateway.runtime;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.entente.gateway.cache.CacheMetrics;
import org.entente.gateway.cache.EntityCache;

/**
 * The entity cache's meters: the counters {@code entente_gateway_entity_cache_hits_total} and
 * {@code _misses_total} (representations, tagged {@code subgraph}), {@code _bypasses_total}
 * (representations sent past the cache while a subgraph's change stream is not heard) and
 * {@code entente_gateway_entity_cache_invalidations_total} (tagged {@code subgraph} and
 * {@code reason}: mutation, change, stream), and the gauges
 * {@code entente_gateway_entity_cache_entries} and {@code entente_gateway_entity_cache_bytes}.
 */
@ApplicationScoped
public class MicrometerCacheMetrics implements CacheMetrics {

    @Inject
    MeterRegistry registry;

    /**
     * The counters by name and subgraph, looked up once: registering (finding) a meter builds and
     * filters its id, too much for every fetch.
     */
    private final Map<CounterKey, Counter> counters = new ConcurrentHashMap<>();

    private record CounterKey(String name, String service, String reason) {}

    @Override
    public void hits(String service, int count) {
        if (count > 0) {
            counter("entente.gateway.entity.cache.hits", "Entity representations answered from the cache", service)
                    .increment(count);
        }
    }

    @Override
    public void misses(String service, int count) {
        if (count > 0) {
            counter(
                            "entente.gateway.entity.cache.misses",
                            "Entity representations the cache was asked for and did not hold",
                            service)
                    .increment(count);
        }
    }

    @Override
    public void bypassed(String service, int count) {
        if (count > 0) {
            counter(
                            "entente.gateway.entity.cache.bypasses",
                            "Entity representations sent past the cache while the subgraph's change stream was not heard",
                            service)
                    .increment(count);
        }
    }

    @Override
    public void invalidated(String service, String reason) {
        counters.computeIfAbsent(
                        new CounterKey("entente.gateway.entity.cache.invalidations", service, reason),
                        key -> Counter.builder(key.name())
                                .description("Times every cached entity of a subgraph was dropped")
                                .tag("subgraph", service)
                                .tag("reason", reason)
                                .register(registry))
                .increment();
    }

    @Override
    public void watch(EntityCache cache) {
        Gauge.builder("entente.gateway.entity.cache.entries", cache, EntityCache::size)
                .description("Entities held by the cache")
                .strongReference(true)
                .register(registry);
        Gauge.builder("entente.gateway.entity.cache.bytes", cache, EntityCache::bytes)
                .description("Weight of the entities held by the cache, in bytes")
                .strongReference(true)
                .register(registry);
    }

    private Counter counter(String name, String description, String service) {
        return counters.computeIfAbsent(
                new CounterKey(name, service, null),
                key -> Counter.builder(name)
                        .description(description)
                        .tag("subgraph", service)
                        .register(registry));
    }
}
