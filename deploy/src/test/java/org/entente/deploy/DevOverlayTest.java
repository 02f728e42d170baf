package org.entente.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The dev shape: single instances, live composition, the gateway's development defaults, tokens
 * from the install-time key pair, and the dataset-load Job.
 */
class DevOverlayTest {

    @Test
    void databasesRunOneInstance() {
        for (String cluster : List.of("actors-db", "events-db")) {
            assertEquals(
                    1,
                    Overlays.find(Overlays.DEV, "Cluster", cluster)
                            .json()
                            .path("spec")
                            .path("instances")
                            .asInt());
        }
    }

    @Test
    void gatewayComposesLiveFromBothSubgraphs() {
        K8sObject gateway = Overlays.find(Overlays.DEV, "Deployment", "gateway");
        String config = gateway.podTemplate()
                .orElseThrow()
                .path("spec")
                .path("containers")
                .path(0)
                .path("envFrom")
                .path(0)
                .path("configMapRef")
                .path("name")
                .asText();
        JsonNode data = Overlays.find(Overlays.DEV, "ConfigMap", config).json().path("data");
        assertFalse(data.has("ENTENTE_GATEWAY_SUPERGRAPH_FILE"), "dev must compose live, not read a pinned file");
        assertEquals(
                "actors=http://actors-service:8081/graphql,events=http://events-service:8082/graphql",
                data.path("ENTENTE_GATEWAY_SUBGRAPHS").asText());
    }

    @Test
    void datasetLoadJobLoadsTheCommittedDatasetThroughTheGateway() {
        JsonNode container = Overlays.find(Overlays.DEV, "Job", "dataset-load")
                .podTemplate()
                .orElseThrow()
                .path("spec")
                .path("containers")
                .path(0);
        assertTrue(container.path("image").asText().startsWith("entente/loader:"));
        List<String> args = K8sObjectStreams.stream(container.path("args"))
                .map(JsonNode::asText)
                .toList();
        assertEquals(List.of("load", "/opt/entente/data/iran-csto.yaml", "--gateway", "$(ENTENTE_GATEWAY_URL)"), args);
        JsonNode gatewayUrl = K8sObjectStreams.stream(container.path("env"))
                .filter(e -> e.path("name").asText().equals("ENTENTE_GATEWAY_URL"))
                .findFirst()
                .orElseThrow();
        assertEquals("http://gateway:8080/graphql", gatewayUrl.path("value").asText());
    }

    @Test
    void prodHasNoDatasetLoadJob() {
        assertTrue(Overlays.render(Overlays.PROD).stream().noneMatch(o -> o.is("Job")));
    }

    @Test
    void gatewayKeepsItsDevelopmentDefaults() {
        Map<String, String> env = ContainerEnv.of(Overlays.DEV, "gateway");
        for (String name : ProdOverlayTest.OFF_IN_PROD) {
            assertFalse(env.containsKey(name), name + " is prod's to turn off");
        }
    }

    static List<String> subgraphs() {
        return ProdOverlayTest.subgraphs();
    }

    @ParameterizedTest
    @MethodSource("subgraphs")
    void subgraphsVerifyTokensWithTheInstallTimeKeyPair(String subgraph) {
        Map<String, String> env = ContainerEnv.of(Overlays.DEV, subgraph);
        assertEquals("entente", env.get("MP_JWT_VERIFY_ISSUER"));
        assertEquals("file:/etc/entente/jwt/publicKey.pem", env.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION"));
        assertFalse(
                env.containsKey("ENTENTE_EDITOR_ROLE_CLAIM"),
                "the default claim, groups, is the one the loader's token carries");

        JsonNode pod = Overlays.find(Overlays.DEV, "Deployment", subgraph)
                .podTemplate()
                .orElseThrow()
                .path("spec");
        assertEquals(
                "entente-jwt-public-key",
                K8sObjectStreams.stream(pod.path("volumes"))
                        .filter(v -> v.path("name").asText().equals("jwt-public-key"))
                        .map(v -> v.path("configMap").path("name").asText())
                        .findFirst()
                        .orElse("none"));
        assertTrue(K8sObjectStreams.stream(pod.path("containers").path(0).path("volumeMounts"))
                .anyMatch(m -> m.path("name").asText().equals("jwt-public-key")
                        && m.path("mountPath").asText().equals("/etc/entente/jwt")));
    }
}
