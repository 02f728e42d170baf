package org.entente.gateway.execution;

/** Receives one observation per subgraph request. */
public interface SubgraphMetrics {

    SubgraphMetrics NONE = (service, nanos, success) -> {};

    void record(String service, long nanos, boolean success);
}
