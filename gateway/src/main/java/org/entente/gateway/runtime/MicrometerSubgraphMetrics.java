package org.entente.gateway.runtime;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import org.entente.gateway.execution.SubgraphMetrics;

/**
 * Per-subgraph request count and latency as the timer {@code entente.gateway.subgraph.requests}
 * tagged {@code subgraph} and {@code outcome} (success/failure); Prometheus shows
 * {@code entente_gateway_subgraph_requests_seconds_count} and {@code _sum}.
 */
@ApplicationScoped
public class MicrometerSubgraphMetrics implements SubgraphMetrics {

    @Inject
    MeterRegistry registry;

    @Override
    public void record(String service, long nanos, boolean success) {
        Timer.builder("entente.gateway.subgraph.requests")
                .description("Requests from the gateway to a subgraph")
                .tag("subgraph", service)
                .tag("outcome", success ? "success" : "failure")
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
    }
}
