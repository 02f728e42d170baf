package org.entente.cli.up;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where a local stack keeps its state and which ports it uses. {@code home} (by default
 * {@code .entente/} in the project) holds the PostgreSQL data, the dev key pair and the logs.
 *
 * <p>{@code gatewayManagementPort} is the port of the gateway's management interface, where its
 * health and metrics are served (on 127.0.0.1 only, never on the public port): {@link #ANY_PORT}
 * (the default) lets {@link LocalStack} take a free one when it is created.
 *
 * <p>{@code jvmOptions} go to every service; {@code gatewayEnvironment} to the gateway alone (its
 * own settings, such as the explorer's sign-in, which the subgraphs' strict configuration would
 * refuse as unknown system properties).
 */
public record StackSettings(
        Path projectRoot,
        Path home,
        int postgresPort,
        int actorsPort,
        int eventsPort,
        int gatewayPort,
        int gatewayManagementPort,
        List<String> jvmOptions,
        Map<String, String> gatewayEnvironment) {

    public StackSettings {
        jvmOptions = List.copyOf(jvmOptions);
        gatewayEnvironment = Map.copyOf(gatewayEnvironment);
    }

    /** A free port of 127.0.0.1, chosen when the stack is created. */
    public static final int ANY_PORT = 0;

    public static StackSettings defaults(Path projectRoot) {
        return new StackSettings(
                projectRoot,
                projectRoot.resolve(".entente"),
                54329,
                8081,
                8082,
                8080,
                ANY_PORT,
                List.of("-Xmx512m", "-XX:+UseSerialGC"),
                Map.of());
    }

    public StackSettings withGatewayManagementPort(int port) {
        return new StackSettings(
                projectRoot,
                home,
                postgresPort,
                actorsPort,
                eventsPort,
                gatewayPort,
                port,
                jvmOptions,
                gatewayEnvironment);
    }

    /** These settings, with environment variables that only the gateway is given. */
    public StackSettings withGatewayEnvironment(Map<String, String> environment) {
        return new StackSettings(
                projectRoot,
                home,
                postgresPort,
                actorsPort,
                eventsPort,
                gatewayPort,
                gatewayManagementPort,
                jvmOptions,
                environment);
    }

    public Path postgresData() {
        return home.resolve("postgres");
    }

    /**
     * Says the first dataset was loaded. It lives in the database's own directory: deleting the
     * data (to start over) removes it too, and the next start loads the dataset again.
     */
    public Path datasetMarker() {
        return postgresData().resolve("entente-dataset-loaded");
    }

    public Path keys() {
        return home.resolve("keys");
    }

    public Path logs() {
        return home.resolve("logs");
    }

    public Path lockFile() {
        return home.resolve("up.lock");
    }

    public Path quarkusJar(String module) {
        return projectRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public String gatewayUrl() {
        return "http://localhost:" + gatewayPort + "/graphql";
    }

    /** Where the gateway's health and metrics are served: its management interface, on loopback. */
    public String gatewayManagementUrl() {
        if (gatewayManagementPort == ANY_PORT) {
            throw new IllegalStateException("the gateway's management port is chosen when the stack is created");
        }
        return "http://" + ServiceSpecs.LOOPBACK + ":" + gatewayManagementPort;
    }

    public String gatewayHealthUrl() {
        return gatewayManagementUrl() + ServiceSpec.READINESS;
    }

    public String gatewayMetricsUrl() {
        return gatewayManagementUrl() + ServiceSpec.METRICS;
    }
}
