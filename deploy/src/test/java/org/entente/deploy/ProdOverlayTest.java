package org.entente.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The production shape: redundancy, autoscaling, disruption budgets, spread, HA databases,
 * backups; nothing for the public that only developers need; editors' tokens from an OIDC provider.
 */
class ProdOverlayTest {

    /** The gateway's switches that development leaves on and production turns off. */
    static final List<String> OFF_IN_PROD =
            List.of("ENTENTE_GATEWAY_EXPOSE_QUERY_PLAN", "ENTENTE_GATEWAY_INTROSPECTION", "ENTENTE_GATEWAY_GRAPHIQL");

    private static final List<String> OIDC_SETTINGS =
            List.of("MP_JWT_VERIFY_ISSUER", "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "ENTENTE_EDITOR_ROLE_CLAIM");

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

    static List<String> subgraphs() {
        return List.of("actors-service", "events-service");
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

    @Test
    void gatewayHidesQueryPlansIntrospectionAndTheIde() {
        Map<String, String> env = ContainerEnv.of(Overlays.PROD, "gateway");
        for (String name : OFF_IN_PROD) {
            assertEquals("false", env.get(name), name);
        }
    }

    /** Only the explorer's operations (the manifest in the gateway's image) run in production. */
    @Test
    void gatewayRunsOnlyTrustedDocuments() {
        assertEquals("true", ContainerEnv.of(Overlays.PROD, "gateway").get("ENTENTE_GATEWAY_TRUSTED_DOCUMENTS_ONLY"));
    }

    @ParameterizedTest
    @MethodSource("subgraphs")
    void subgraphsVerifyTokensWithTheOidcProvider(String subgraph) {
        Map<String, String> env = ContainerEnv.of(Overlays.PROD, subgraph);
        String issuer = env.get("MP_JWT_VERIFY_ISSUER");
        assertTrue(issuer.startsWith("https://"), issuer);
        assertEquals(
                issuer + "/protocol/openid-connect/certs",
                env.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION"),
                "the JWKS of that very issuer (Keycloak's layout)");
        assertEquals("realm_access.roles", env.get("ENTENTE_EDITOR_ROLE_CLAIM"), "where Keycloak lists realm roles");

        K8sObject deployment = Overlays.find(Overlays.PROD, "Deployment", subgraph);
        JsonNode container = deployment.containers().get(0);
        for (String name : OIDC_SETTINGS) {
            String configMap = K8sObjectStreams.stream(container.path("env"))
                    .filter(e -> e.path("name").asText().equals(name))
                    .map(e -> e.path("valueFrom")
                            .path("configMapKeyRef")
                            .path("name")
                            .asText())
                    .findFirst()
                    .orElse("");
            assertTrue(
                    configMap.startsWith("entente-oidc-"),
                    name + " from the one ConfigMap an operator edits: " + configMap);
        }
        assertTrue(
                K8sObjectStreams.stream(deployment
                                .podTemplate()
                                .orElseThrow()
                                .path("spec")
                                .path("volumes"))
                        .noneMatch(
                                v -> v.path("configMap").path("name").asText().equals("entente-jwt-public-key")),
                "prod trusts no install-time key pair");
    }

    /**
     * Editors sign in to the explorer at the very provider whose tokens the subgraphs accept, with
     * the explorer's public client id; both from the one ConfigMap an operator edits.
     */
    @Test
    void explorerSignsInAtTheSubgraphsProvider() {
        Map<String, String> gateway = ContainerEnv.of(Overlays.PROD, "gateway");
        for (String subgraph : subgraphs()) {
            assertEquals(
                    ContainerEnv.of(Overlays.PROD, subgraph).get("MP_JWT_VERIFY_ISSUER"),
                    gateway.get("ENTENTE_EXPLORER_OIDC_ISSUER"),
                    subgraph + "'s issuer");
        }
        assertEquals("entente-explorer", gateway.get("ENTENTE_EXPLORER_OIDC_CLIENT_ID"));
        JsonNode container = Overlays.find(Overlays.PROD, "Deployment", "gateway")
                .containers()
                .get(0);
        for (String name : List.of("ENTENTE_EXPLORER_OIDC_ISSUER", "ENTENTE_EXPLORER_OIDC_CLIENT_ID")) {
            assertTrue(
                    K8sObjectStreams.stream(container.path("env"))
                            .anyMatch(e -> e.path("name").asText().equals(name)
                                    && e.path("valueFrom")
                                            .path("configMapKeyRef")
                                            .path("name")
                                            .asText()
                                            .startsWith("entente-oidc-")),
                    name + " from the ConfigMap entente-oidc");
        }
    }
}
