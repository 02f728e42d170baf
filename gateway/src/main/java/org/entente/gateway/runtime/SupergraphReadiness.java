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
                .map(runtime -> HealthCheckResponse.named("supergraph").up()
                        .withData("subgraphs", String.join(",", runtime.supergraph().graphUrls().keySet())).build())
                .orElseGet(() -> HealthCheckResponse.named("supergraph").down()
                        .withData("reason", "no supergraph loaded yet").build());
    }
}
