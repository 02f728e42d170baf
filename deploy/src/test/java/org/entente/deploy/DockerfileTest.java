package org.entente.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The Dockerfiles in deploy/docker, checked statically (no container engine on CI machines). */
class DockerfileTest {

    static List<String> services() {
        return Conventions.SERVICES;
    }

    @ParameterizedTest
    @MethodSource("services")
    void serviceImageIsPinnedNonRootAndHealthChecked(String service) {
        Dockerfile file = Dockerfile.read(RepoLayout.dockerfile(service + ".Dockerfile"));
        Conventions conventions = Conventions.load();
        int port = conventions.port(service).orElseThrow();
        int healthPort = conventions.healthPort(service).orElseThrow();
        assertEquals(List.of(), DockerfilePolicy.checkService(file, service, port, healthPort));
    }

    @Test
    void loaderImageIsPinnedAndNonRootAndShipsTheDataset() {
        Dockerfile file = Dockerfile.read(RepoLayout.dockerfile("loader.Dockerfile"));
        assertEquals(List.of(), DockerfilePolicy.checkBatch(file));
        assertTrue(
                file.all("COPY").stream().anyMatch(c -> c.startsWith("--chown=185 data/ ")),
                file.all("COPY").toString());
        assertTrue(
                Files.isRegularFile(RepoLayout.root().resolve("data/iran-csto.yaml")),
                "the dev Job loads data/iran-csto.yaml, which the image copies");
    }

    /** Kubernetes' runAsUser and the image's USER must agree, or file ownership breaks. */
    @ParameterizedTest
    @MethodSource("services")
    void deploymentsRunAsTheImageUser(String service) {
        long uid = DockerfilePolicy.uid(Dockerfile.read(RepoLayout.dockerfile(service + ".Dockerfile")))
                .orElseThrow();
        for (String overlay : Overlays.all()) {
            K8sObject deployment = Overlays.find(overlay, "Deployment", service);
            long runAsUser = deployment
                    .podTemplate()
                    .orElseThrow()
                    .path("spec")
                    .path("securityContext")
                    .path("runAsUser")
                    .asLong();
            assertEquals(uid, runAsUser, overlay + " " + deployment.id());
        }
    }

    @Test
    void rootUserIsReported() {
        assertTrue(
                DockerfilePolicy.checkService(Dockerfile.parse(valid().replace("USER 185", "USER 0")), "gateway", 8080)
                        .contains("runs as root (USER 0)"));
    }

    @Test
    void namedUserIsReported() {
        assertTrue(
                DockerfilePolicy.checkService(
                                Dockerfile.parse(valid().replace("USER 185", "USER jboss")), "gateway", 8080)
                        .stream()
                        .anyMatch(v -> v.contains("numeric uid")));
    }

    @Test
    void missingHealthcheckIsReported() {
        String withoutHealthcheck = valid().replace(
                        "HEALTHCHECK --interval=10s \\\n  CMD curl -fsS http://127.0.0.1:8080/q/health/live\n", "");
        assertTrue(DockerfilePolicy.checkService(Dockerfile.parse(withoutHealthcheck), "gateway", 8080).stream()
                .anyMatch(v -> v.startsWith("HEALTHCHECK")));
    }

    @Test
    void unpinnedBaseImageIsReported() {
        String unpinned = valid().replace("openjdk-17-runtime:1.24", "openjdk-17-runtime");
        assertTrue(DockerfilePolicy.checkService(Dockerfile.parse(unpinned), "gateway", 8080).stream()
                .anyMatch(v -> v.contains("not pinned")));
        String latest = valid().replace("openjdk-17-runtime:1.24", "openjdk-17-runtime:latest");
        assertTrue(DockerfilePolicy.checkService(Dockerfile.parse(latest), "gateway", 8080).stream()
                .anyMatch(v -> v.contains("not pinned")));
    }

    @Test
    void wrongPortIsReported() {
        assertTrue(
                DockerfilePolicy.checkService(
                                Dockerfile.parse(valid().replace("EXPOSE 8080", "EXPOSE 8081")), "gateway", 8080)
                        .stream()
                        .anyMatch(v -> v.contains("does not EXPOSE 8080")));
    }

    /** The gateway's health is on its management port (9000), which its public port (8080) does not serve. */
    @Test
    void healthcheckOnThePublicPortIsReportedWhereThereIsAManagementPort() {
        List<String> publicOnly = DockerfilePolicy.checkService(Dockerfile.parse(valid()), "gateway", 8080, 9000);
        assertEquals(2, publicOnly.size(), publicOnly.toString());
        assertTrue(publicOnly.get(0).startsWith("does not EXPOSE 9000"), publicOnly.toString());
        assertTrue(
                publicOnly.get(1).startsWith("HEALTHCHECK must probe http://127.0.0.1:9000/"), publicOnly.toString());
        String managed = valid().replace("EXPOSE 8080", "EXPOSE 8080 9000").replace("8080/q/health", "9000/q/health");
        assertEquals(List.of(), DockerfilePolicy.checkService(Dockerfile.parse(managed), "gateway", 8080, 9000));
        assertTrue(DockerfilePolicy.checkService(Dockerfile.parse(managed), "gateway", 8080, 8080).stream()
                .anyMatch(v -> v.startsWith("HEALTHCHECK must probe http://127.0.0.1:8080")));
    }

    @Test
    void gatewayImageMustCopyTheAssembledApplication() {
        String runtimeOnly = valid().replace("gateway-app/target/quarkus-app/", "gateway/target/quarkus-app/");
        assertEquals(
                List.of("does not COPY gateway-app/target/quarkus-app"),
                DockerfilePolicy.checkService(Dockerfile.parse(runtimeOnly), "gateway", 8080));
    }

    @Test
    void validDockerfilePasses() {
        assertEquals(List.of(), DockerfilePolicy.checkService(Dockerfile.parse(valid()), "gateway", 8080));
    }

    private static String valid() {
        return """
                FROM registry.access.redhat.com/ubi9/openjdk-17-runtime:1.24
                COPY --chown=185 gateway-app/target/quarkus-app/lib/ /deployments/lib/
                USER 185
                EXPOSE 8080
                HEALTHCHECK --interval=10s \\
                  CMD curl -fsS http://127.0.0.1:8080/q/health/live
                ENTRYPOINT ["java", "-jar", "/deployments/quarkus-run.jar"]
                """;
    }
}
