package org.entente.cli.up;

import java.util.Map;

/**
 * How one service of the local stack is started: its module, the address it is reached at, where
 * its health and metrics are served ({@code managementUrl}: the gateway's management interface on
 * a port of its own, a subgraph's own address), and the whole environment it is given (ports and
 * listening addresses included).
 */
public record ServiceSpec(
        String name, String module, String host, int port, String managementUrl, Map<String, String> environment) {

    /** The readiness check, under {@link #managementUrl()}. */
    public static final String READINESS = "/q/health/ready";

    /** The Prometheus metrics, under {@link #managementUrl()}. */
    public static final String METRICS = "/q/metrics";

    public ServiceSpec {
        environment = Map.copyOf(environment);
    }

    /** A service that serves its health and metrics on its own address. */
    public ServiceSpec(String name, String module, String host, int port, Map<String, String> environment) {
        this(name, module, host, port, "http://" + host + ":" + port, environment);
    }

    /** Whether it listens on the loopback interface alone, out of other machines' reach. */
    public boolean loopbackOnly() {
        return ServiceSpecs.LOOPBACK.equals(environment.get("QUARKUS_HTTP_HOST"));
    }

    public String baseUrl() {
        return "http://" + host + ":" + port;
    }

    public String readinessUrl() {
        return managementUrl + READINESS;
    }

    public String metricsUrl() {
        return managementUrl + METRICS;
    }
}
