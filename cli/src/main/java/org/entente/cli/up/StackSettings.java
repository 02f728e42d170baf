package org.entente.cli.up;

import java.nio.file.Path;
import java.util.List;

/**
 * Where a local stack keeps its state and which ports it uses. {@code home} (by default
 * {@code .entente/} in the project) holds the PostgreSQL data, the dev key pair and the logs.
 */
public record StackSettings(
        Path projectRoot,
        Path home,
        int postgresPort,
        int actorsPort,
        int eventsPort,
        int gatewayPort,
        List<String> jvmOptions) {

    public static StackSettings defaults(Path projectRoot) {
        return new StackSettings(
                projectRoot,
                projectRoot.resolve(".entente"),
                54329,
                8081,
                8082,
                8080,
                List.of("-Xmx512m", "-XX:+UseSerialGC"));
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
}
