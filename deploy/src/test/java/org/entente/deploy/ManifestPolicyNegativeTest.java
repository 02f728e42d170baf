package org.entente.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Proves each policy rule can fail: a compliant actors-service passes, and each single defect
 * introduced into it is reported.
 */
class ManifestPolicyNegativeTest {

    private static final String COMPLIANT = """
            apiVersion: postgresql.cnpg.io/v1
            kind: Cluster
            metadata: {name: actors-db}
            spec: {instances: 1, imageName: 'ghcr.io/cloudnative-pg/postgresql:16.9', storage: {size: 1Gi}}
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: actors-config}
            data: {QUARKUS_HTTP_PORT: "8081", MP_JWT_VERIFY_ISSUER: entente}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: actors-service}
            spec:
              selector: {matchLabels: {app.kubernetes.io/name: actors-service}}
              template:
                metadata: {labels: {app.kubernetes.io/name: actors-service}}
                spec:
                  securityContext: {runAsNonRoot: true, runAsUser: 185}
                  containers:
                    - name: app
                      image: entente/actors-service:0.1.0
                      ports: [{name: http, containerPort: 8081}]
                      envFrom: [{configMapRef: {name: actors-config}}]
                      env:
                        - name: QUARKUS_DATASOURCE_PASSWORD
                          valueFrom: {secretKeyRef: {name: actors-db-app, key: password}}
                      startupProbe: {httpGet: {path: /q/health/started, port: http}}
                      readinessProbe: {httpGet: {path: /q/health/ready, port: http}}
                      livenessProbe: {httpGet: {path: /q/health/live, port: http}}
                      resources: {requests: {cpu: 100m, memory: 384Mi}, limits: {cpu: "1", memory: 384Mi}}
                      securityContext:
                        allowPrivilegeEscalation: false
                        readOnlyRootFilesystem: true
                        capabilities: {drop: [ALL]}
                      volumeMounts: [{name: tmp, mountPath: /tmp}]
                  volumes: [{name: tmp, emptyDir: {}}]
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: actors-service}
            spec:
              selector: {app.kubernetes.io/name: actors-service}
              ports: [{name: http, port: 8081, targetPort: http}]
            """;

    @Test
    void compliantManifestsPass() {
        assertEquals(List.of(), violations(COMPLIANT));
    }

    @Test
    void missingProbeIsReported() {
        assertReported(COMPLIANT.replaceAll("(?m)^\\s*livenessProbe:.*\\n", ""), "has no livenessProbe");
    }

    @Test
    void probeOnWrongPathIsReported() {
        assertReported(
                COMPLIANT.replace("path: /q/health/ready", "path: /health"), "readinessProbe must GET /q/health/ready");
    }

    @Test
    void latestTagIsReported() {
        assertReported(
                COMPLIANT.replace("entente/actors-service:0.1.0", "entente/actors-service:latest"), "'latest' tag");
    }

    @Test
    void untaggedImageIsReported() {
        assertReported(
                COMPLIANT.replace("entente/actors-service:0.1.0", "registry.local:5000/entente/actors-service"),
                "has no tag");
    }

    @Test
    void missingLimitIsReported() {
        assertReported(
                COMPLIANT.replace("limits: {cpu: \"1\", memory: 384Mi}", "limits: {cpu: \"1\"}"), "no memory limits");
    }

    @Test
    void rootUserIsReported() {
        assertReported(
                COMPLIANT.replace("{runAsNonRoot: true, runAsUser: 185}", "{runAsUser: 0}"),
                "does not set runAsNonRoot");
    }

    @Test
    void writableRootFilesystemIsReported() {
        assertReported(
                COMPLIANT.replace("readOnlyRootFilesystem: true", "readOnlyRootFilesystem: false"),
                "readOnlyRootFilesystem");
    }

    @Test
    void privilegeEscalationIsReported() {
        assertReported(
                COMPLIANT.replace("allowPrivilegeEscalation: false", "allowPrivilegeEscalation: true"),
                "allowPrivilegeEscalation");
    }

    @Test
    void keptCapabilitiesAreReported() {
        assertReported(COMPLIANT.replace("drop: [ALL]", "drop: [NET_RAW]"), "does not drop ALL capabilities");
    }

    @Test
    void readOnlyRootWithoutTmpIsReported() {
        assertReported(
                COMPLIANT.replace("volumeMounts: [{name: tmp, mountPath: /tmp}]", "volumeMounts: []"),
                "no emptyDir mounted at /tmp");
    }

    @Test
    void serviceSelectingNoPodsIsReported() {
        assertReported(
                COMPLIANT.replace(
                        "selector: {app.kubernetes.io/name: actors-service}",
                        "selector: {app.kubernetes.io/name: actor-service}"),
                "selects no pods");
    }

    @Test
    void serviceTargetingAnUnknownPortIsReported() {
        assertReported(
                COMPLIANT.replace("targetPort: http", "targetPort: 8080"), "targetPort 8080 is no container port");
    }

    @Test
    void portOtherThanTheConventionIsReported() {
        List<String> violations = violations(COMPLIANT.replace("containerPort: 8081", "containerPort: 9090"));
        assertTrue(
                violations.stream().anyMatch(v -> v.contains("containerPort 'http' is 9090, CONVENTIONS.md says 8081")),
                violations.toString());
    }

    @Test
    void httpPortVariableOtherThanTheConventionIsReported() {
        assertReported(
                COMPLIANT.replace("QUARKUS_HTTP_PORT: \"8081\"", "QUARKUS_HTTP_PORT: \"8080\""),
                "QUARKUS_HTTP_PORT is 8080");
    }

    @Test
    void environmentVariableTheServiceDoesNotReadIsReported() {
        assertReported(
                COMPLIANT.replace("- name: QUARKUS_DATASOURCE_PASSWORD", "- name: QUARKUS_DATASOURCE_PASSWD"),
                "sets QUARKUS_DATASOURCE_PASSWD, which actors-service does not read");
    }

    @Test
    void misnamedVariableInAConfigMapIsReported() {
        assertReported(
                COMPLIANT.replace("MP_JWT_VERIFY_ISSUER: entente", "MP_JWT_ISSUER: entente"),
                "sets MP_JWT_ISSUER (from ConfigMap actors-config)");
    }

    @Test
    void gatewayOnlyVariableOnASubgraphIsReported() {
        assertReported(
                COMPLIANT.replace("MP_JWT_VERIFY_ISSUER: entente", "ENTENTE_GATEWAY_SUBGRAPHS: x"),
                "sets ENTENTE_GATEWAY_SUBGRAPHS");
    }

    @Test
    void secretThatNobodyCreatesIsReported() {
        assertReported(
                COMPLIANT.replace("name: actors-db-app", "name: actors-database-app"), "Secret actors-database-app");
    }

    @Test
    void keyThatCloudNativePgDoesNotWriteIsReported() {
        assertReported(COMPLIANT.replace("key: password", "key: pass"), "key pass of Secret actors-db-app");
    }

    @Test
    void missingConfigMapIsReported() {
        assertReported(
                COMPLIANT.replace(
                        "envFrom: [{configMapRef: {name: actors-config}}]",
                        "envFrom: [{configMapRef: {name: actors-settings}}]"),
                "ConfigMap actors-settings, which does not exist");
    }

    private static List<String> violations(String yaml) {
        return ManifestPolicy.check(Kustomize.parse(yaml), Conventions.load());
    }

    private static void assertReported(String yaml, String fragment) {
        List<String> violations = violations(yaml);
        assertTrue(
                violations.stream().anyMatch(v -> v.contains(fragment)),
                "expected a violation mentioning '" + fragment + "', got " + violations);
    }
}
