package org.entente.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Proves the management port rules of ManifestPolicy can fail: a compliant gateway (health and
 * metrics on its management port, probed there, exposed by a Service of its own that no Ingress
 * routes to) passes, and each single defect is reported.
 */
class ManagementPortPolicyTest {

    private static final String COMPLIANT = """
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: gateway-config}
            data: {QUARKUS_HTTP_PORT: "8080", QUARKUS_MANAGEMENT_PORT: "9000"}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: gateway}
            spec:
              selector: {matchLabels: {app.kubernetes.io/name: gateway}}
              template:
                metadata: {labels: {app.kubernetes.io/name: gateway}}
                spec:
                  securityContext: {runAsNonRoot: true, runAsUser: 185}
                  containers:
                    - name: gateway
                      image: entente/gateway:0.1.0
                      ports: [{name: http, containerPort: 8080}, {name: management, containerPort: 9000}]
                      envFrom: [{configMapRef: {name: gateway-config}}]
                      startupProbe: {httpGet: {path: /q/health/started, port: management}}
                      readinessProbe: {httpGet: {path: /q/health/ready, port: management}}
                      livenessProbe: {httpGet: {path: /q/health/live, port: management}}
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
            metadata: {name: gateway}
            spec:
              selector: {app.kubernetes.io/name: gateway}
              ports: [{name: http, port: 8080, targetPort: http}]
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: gateway-management}
            spec:
              clusterIP: None
              selector: {app.kubernetes.io/name: gateway}
              ports: [{name: management, port: 9000, targetPort: management}]
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata: {name: gateway}
            spec:
              rules:
                - http:
                    paths:
                      - path: /
                        pathType: Prefix
                        backend: {service: {name: gateway, port: {name: http}}}
            """;

    @Test
    void compliantManifestsPass() {
        assertEquals(List.of(), violations(COMPLIANT));
    }

    @Test
    void aProbeOnThePublicPortIsReported() {
        assertReported(
                COMPLIANT.replace(
                        "readinessProbe: {httpGet: {path: /q/health/ready, port: management}}",
                        "readinessProbe: {httpGet: {path: /q/health/ready, port: http}}"),
                "readinessProbe port http is not the management port 9000");
    }

    @Test
    void theManagementPortOnThePublicServiceIsReported() {
        assertReported(
                COMPLIANT.replace(
                        "ports: [{name: http, port: 8080, targetPort: http}]",
                        "ports: [{name: http, port: 8080, targetPort: http}, {name: metrics, port: 9000,"
                                + " targetPort: management}]"),
                "Service/gateway: exposes the management port (management)");
    }

    @Test
    void anIngressBackendOnTheManagementPortIsReported() {
        assertReported(
                COMPLIANT.replace(
                        "backend: {service: {name: gateway, port: {name: http}}}",
                        "backend: {service: {name: gateway-management, port: {name: management}}}"),
                "Ingress/gateway: routes to the management port (health, metrics) through Service gateway-management");
        assertReported(
                COMPLIANT.replace(
                        "backend: {service: {name: gateway, port: {name: http}}}",
                        "backend: {service: {name: gateway-management, port: {number: 9000}}}"),
                "Ingress/gateway: routes to the management port");
    }

    @Test
    void aMissingManagementPortIsReported() {
        assertReported(
                COMPLIANT.replace(", {name: management, containerPort: 9000}", ""),
                "containerPort 'management' is missing, CONVENTIONS.md says 9000");
    }

    @Test
    void aManagementPortOtherThanTheConventionsIsReported() {
        assertReported(
                COMPLIANT.replace("QUARKUS_MANAGEMENT_PORT: \"9000\"", "QUARKUS_MANAGEMENT_PORT: \"9001\""),
                "QUARKUS_MANAGEMENT_PORT is 9001, CONVENTIONS.md says 9000");
        assertReported(
                COMPLIANT.replace(", QUARKUS_MANAGEMENT_PORT: \"9000\"", ""),
                "QUARKUS_MANAGEMENT_PORT is unset, CONVENTIONS.md says 9000");
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
