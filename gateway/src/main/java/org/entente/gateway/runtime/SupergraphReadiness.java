package org.entente.gateway.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once a supergraph is loaded or composed. */
@Readiness
@ApplicationScoped
public class SupergraphReadiness implements HealthCheck {

    @Inject
    Gateway gateway;

    @Override
    public HealthCheckResponse call() {
        return gateway.current()
                .map(served -> HealthCheckResponse.named("supergraph")
                        .up()
                        .withData(
                                "subgraphs",
                                String.join(",", served.supergraph().graphUrls().keySet()))
                        .build())
                .orElseGet(() -> HealthCheckResponse.named("supergraph")
                        .down()
                        .withData("reason", "no supergraph loaded yet")
                        .build());
    }
}
