package org.entente.gateway.execution;

import io.vertx.circuitbreaker.CircuitBreakerState;

/** Receives one observation per subgraph request, and the state of each subgraph's circuit breaker. */
public interface SubgraphMetrics {

    SubgraphMetrics NONE = new SubgraphMetrics() {
        @Override
        public void record(String service, long nanos, boolean success) {}

        @Override
        public void breakerState(String service, CircuitBreakerState state) {}
    };

    void record(String service, long nanos, boolean success);

    /** The breaker of {@code service} is now in {@code state} (also called once when it is created). */
    void breakerState(String service, CircuitBreakerState state);
}
