package org.entente.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Proves the schema validation can fail: each broken manifest must be reported, and why. */
class SchemaValidationNegativeTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: probe, namespace: entente}
            spec:
              replicas: %s
              selector: {matchLabels: {app: probe}}
              template:
                metadata: {labels: {app: probe}}
                spec:
                  containers:
                    - %s
            """;

    private static final String CLUSTER = """
            apiVersion: postgresql.cnpg.io/v1
            kind: Cluster
            metadata: {name: probe-db, namespace: entente}
            spec:
              instances: %s
              storage: {size: 1Gi}
              %s
            """;

    @Test
    void aValidDeploymentAndClusterPass() {
        assertEquals(List.of(), violations(DEPLOYMENT.formatted("1", "{name: app, image: 'app:1.0'}")));
        assertEquals(List.of(), violations(CLUSTER.formatted("1", "")));
    }

    @Test
    void misspelledFieldFails() {
        List<String> violations =
                violations(DEPLOYMENT.formatted("1", "{name: app, image: 'app:1.0', imagePullPolicyy: Always}"));
        assertReported(violations, "imagePullPolicyy");
    }

    @Test
    void wrongTypeFails() {
        List<String> violations = violations(DEPLOYMENT.formatted("two", "{name: app, image: 'app:1.0'}"));
        assertReported(violations, "replicas");
    }

    @Test
    void missingRequiredFieldFails() {
        // Container.name is required by the Kubernetes API.
        List<String> violations = violations(DEPLOYMENT.formatted("1", "{image: 'app:1.0'}"));
        assertReported(violations, "name");
    }

    @Test
    void unknownNestedFieldFails() {
        List<String> violations = violations(DEPLOYMENT.formatted(
                "1", "{name: app, image: 'app:1.0', resources: {limits: {memory: 1Gi}, requestz: {cpu: 1m}}}"));
        assertReported(violations, "requestz");
    }

    @Test
    void cloudNativePgClusterWithUnknownFieldFails() {
        assertReported(violations(CLUSTER.formatted("1", "replicaz: 3")), "replicaz");
    }

    @Test
    void cloudNativePgClusterWithWrongTypeFails() {
        assertReported(violations(CLUSTER.formatted("three", "")), "instances");
    }

    @Test
    void cloudNativePgUnknownFieldDeepInsideFails() {
        assertReported(
                violations(CLUSTER.formatted(
                        "1", "backup: {barmanObjectStore: {destinationPath: 's3://b/', wal: {compresion: gzip}}}")),
                "compresion");
    }

    @Test
    void unknownKindOrApiVersionFails() {
        String oldIngress = """
                apiVersion: extensions/v1beta1
                kind: Ingress
                metadata: {name: old}
                spec: {}
                """;
        assertReported(violations(oldIngress), "no schema for extensions/v1beta1/Ingress");
    }

    private static List<String> violations(String yaml) {
        return Kustomize.parse(yaml).stream()
                .flatMap(o -> SchemaValidation.shared().violations(o).stream())
                .toList();
    }

    private static void assertReported(List<String> violations, String fragment) {
        assertTrue(
                violations.stream().anyMatch(v -> v.contains(fragment)),
                "expected a violation mentioning '" + fragment + "', got " + violations);
    }
}
