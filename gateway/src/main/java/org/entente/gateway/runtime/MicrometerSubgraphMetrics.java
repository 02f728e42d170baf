package org.entente.gateway.runtime;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.circuitbreaker.CircuitBreakerState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.gateway.execution.SubgraphMetrics;

/**
 * Per-subgraph request count and latency as the timer {@code entente.gateway.subgraph.requests}
 * tagged {@code subgraph} and {@code outcome} (success/failure); Prometheus shows
 * {@code entente_gateway_subgraph_requests_seconds_count} and {@code _sum}. The state of each
 * subgraph's circuit breaker is the gauge {@code entente_gateway_subgraph_breaker_state{subgraph}}:
 * 0 closed, 1 half open (one probe), 2 open.
 */
@ApplicationScoped
public class MicrometerSubgraphMetrics implements SubgraphMetrics {

    @Inject
    MeterRegistry registry;

    /** The gauges' values, held here: Micrometer keeps only a weak reference to them. */
    private final Map<String, AtomicInteger> breakerStates = new ConcurrentHashMap<>();

    /**
     * The timers by subgraph and outcome, looked up once: registering (finding) a meter builds and
     * filters its id, too much for every subgraph request.
     */
    private final Map<String, Timer> successes = new ConcurrentHashMap<>();

    private final Map<String, Timer> failures = new ConcurrentHashMap<>();

    @Override
    public void record(String service, long nanos, boolean success) {
        (success ? successes : failures)
                .computeIfAbsent(service, s -> timer(s, success))
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    private Timer timer(String service, boolean success) {
        return Timer.builder("entente.gateway.subgraph.requests")
                .description("Requests from the gateway to a subgraph")
                .tag("subgraph", service)
                .tag("outcome", success ? "success" : "failure")
                .register(registry);
    }

    @Override
    public void breakerState(String service, CircuitBreakerState state) {
        breakerStates
                .computeIfAbsent(service, s -> {
                    AtomicInteger value = new AtomicInteger();
                    Gauge.builder("entente.gateway.subgraph.breaker.state", value, AtomicInteger::get)
                            .description("Circuit breaker of a subgraph: 0 closed, 1 half open, 2 open")
                            .tag("subgraph", s)
                            .register(registry);
                    return value;
                })
                .set(
                        switch (state) {
                            case CLOSED -> 0;
                            case HALF_OPEN -> 1;
                            case OPEN -> 2;
                        });
    }
}
