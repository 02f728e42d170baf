package org.entente.cli;

import picocli.CommandLine.Option;

/** {@code --gateway}: the endpoint of the commands that talk to a running gateway (load, export). */
public final class GatewayOption {
    @Option(
            names = "--gateway",
            paramLabel = "URL",
            defaultValue = "http://localhost:8080/graphql",
            description = "The gateway's GraphQL endpoint (default: ${DEFAULT-VALUE}).")
    String url;

    public String url() {
        return url;
    }
}
