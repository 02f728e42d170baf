package org.entente.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The production shape: redundancy, autoscaling, disruption budgets, spread, HA databases, backups. */
class ProdOverlayTest {

    static List<String> services() {
        return Conventions.SERVICES;
    }

    @ParameterizedTest
    @MethodSource("services")
    void runsAtLeastTwoReplicasAndAutoscales(String service) {
        K8sObject deployment = Overlays.find(Overlays.PROD, "Deployment", service);
        assertTrue(deployment.json().path("spec").path("replicas").asInt() >= 2, deployment.id());

        JsonNode hpa = Overlays.find(Overlays.PROD, "HorizontalPodAutoscaler", service)
                .json()
                .path("spec");
        assertEquals("Deployment", hpa.path("scaleTargetRef").path("kind").asText());
        assertEquals(service, hpa.path("scaleTargetRef").path("name").asText());
        assertTrue(hpa.path("minReplicas").asInt() >= 2);
        assertTrue(hpa.path("maxReplicas").asInt() > hpa.path("minReplicas").asInt());
    }

    @ParameterizedTest
    @MethodSource("services")
    void disruptionBudgetCoversThePods(String service) {
        K8sObject deployment = Overlays.find(Overlays.PROD, "Deployment", service);
        JsonNode pdb = Overlays.find(Overlays.PROD, "PodDisruptionBudget", service)
                .json()
                .path("spec");
        Map<String, String> selector = K8sObject.stringMap(pdb.path("selector").path("matchLabels"));
        assertTrue(deployment.podLabels().entrySet().containsAll(selector.entrySet()) && !selector.isEmpty());
        assertTrue(pdb.path("minAvailable").asInt() >= 1);
    }

    @ParameterizedTest
    @MethodSource("services")
    void podsSpreadOverZonesAndNodes(String service) {
        JsonNode constraints = Overlays.find(Overlays.PROD, "Deployment", service)
                .podTemplate()
                .orElseThrow()
                .path("spec")
                .path("topologySpreadConstraints");
        List<String> keys = K8sObjectStreams.texts(constraints, "topologyKey");
        assertEquals(List.of("topology.kubernetes.io/zone", "kubernetes.io/hostname"), keys);
        constraints.forEach(c -> assertEquals(
                service,
                c.path("labelSelector")
                        .path("matchLabels")
                        .path("app.kubernetes.io/name")
                        .asText()));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void databasesRunThreeInstancesWithBackups(String cluster) {
        JsonNode spec = Overlays.find(Overlays.PROD, "Cluster", cluster).json().path("spec");
        assertEquals(3, spec.path("instances").asInt());
        assertTrue(spec.path("backup")
                .path("barmanObjectStore")
                .path("destinationPath")
                .asText()
                .startsWith("s3://"));
        JsonNode scheduled = Overlays.find(Overlays.PROD, "ScheduledBackup", cluster + "-daily")
                .json()
                .path("spec");
        assertEquals(cluster, scheduled.path("cluster").path("name").asText());
    }

    static List<String> databases() {
        return List.of("actors-db", "events-db");
    }

    @Test
    void gatewayServesThePinnedSupergraph() {
        K8sObject gateway = Overlays.find(Overlays.PROD, "Deployment", "gateway");
        JsonNode pod = gateway.podTemplate().orElseThrow().path("spec");
        String configMap = K8sObjectStreams.stream(pod.path("volumes"))
                .filter(v -> v.path("name").asText().equals("supergraph"))
                .map(v -> v.path("configMap").path("name").asText())
                .findFirst()
                .orElseThrow();
        K8sObject supergraph = Overlays.find(Overlays.PROD, "ConfigMap", configMap);
        assertTrue(
                supergraph
                        .json()
                        .path("data")
                        .path("supergraph.graphql")
                        .asText()
                        .contains("@link(url: \"https://specs.apollo.dev/join/"),
                "the mounted ConfigMap holds a composed supergraph");
        String config = K8sObjectStreams.stream(pod.path("containers").path(0).path("envFrom"))
                .map(e -> e.path("configMapRef").path("name").asText())
                .findFirst()
                .orElseThrow();
        assertEquals(
                "/etc/entente/supergraph/supergraph.graphql",
                Overlays.find(Overlays.PROD, "ConfigMap", config)
                        .json()
                        .path("data")
                        .path("ENTENTE_GATEWAY_SUPERGRAPH_FILE")
                        .asText());
    }
}
