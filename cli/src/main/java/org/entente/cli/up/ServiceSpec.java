package org.entente.cli.up;

import java.util.Map;

/**
 * How one service of the local stack is started: its module, the address it is reached at, and
 * the whole environment it is given (port and listening address included).
 */
public record ServiceSpec(String name, String module, String host, int port, Map<String, String> environment) {

    public ServiceSpec {
        environment = Map.copyOf(environment);
    }

    /** Whether it listens on the loopback interface alone, out of other machines' reach. */
    public boolean loopbackOnly() {
        return ServiceSpecs.LOOPBACK.equals(environment.get("QUARKUS_HTTP_HOST"));
    }

    public String baseUrl() {
        return "http://" + host + ":" + port;
    }
}
